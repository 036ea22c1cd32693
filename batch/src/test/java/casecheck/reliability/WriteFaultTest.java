package casecheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.batch.StoreProbe;
import casecheck.batch.TestExport;
import casecheck.batch.TestRuntime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checklist D3: a skippable error during the write of one chunk. One dossier of twelve yields a finding whose
 * excerpt is longer than its column (the database refuses the row: a constraint violation, deterministic, no test
 * hook in the product). The refused dossier must be recorded as FAILED with every document STORE_FAILED, the other
 * dossiers of its chunk written once, the store otherwise equal to a run without the bad finding, and the step's
 * counts consistent: read = write + filter + skip; documents seen = checked + unreadable + review.
 */
class WriteFaultTest {

    private static final int DOSSIERS = 12;
    private static final String BAD = "C007";
    private static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    private static final String ID_CANARY = "11010519491231002X";

    @TempDir
    Path tmp;

    @Test
    @Tag("D3")
    @DisplayName("D3 the database refuses one dossier's rows: it is recorded as not checked, nothing lost, nothing doubled")
    void d3RefusedWriteIsSkippedAndRecorded() throws Exception {
        TestExport faulty = export(tmp.resolve("faulty"), true);
        TestExport clean = export(tmp.resolve("clean"), false);

        TestRuntime rt = new TestRuntime();
        assertThat(nightly(rt, faulty, "data-faulty")).as(rt.err.toString()).isZero();
        assertThat(nightly(new TestRuntime(), clean, "data-clean")).isZero();

        try (StoreProbe f = new StoreProbe(tmp.resolve("data-faulty"));
             StoreProbe c = new StoreProbe(tmp.resolve("data-clean"))) {
            Map<String, Object> step = f.rows("SELECT READ_COUNT, WRITE_COUNT, FILTER_COUNT, READ_SKIP_COUNT, "
                    + "PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT, ROLLBACK_COUNT, STATUS FROM BATCH_STEP_EXECUTION "
                    + "WHERE STEP_NAME = 'checkDossiers'").get(0);
            assertThat(step.get("STATUS")).isEqualTo("COMPLETED");
            assertThat(num(step, "READ_COUNT")).isEqualTo(DOSSIERS);
            assertThat(num(step, "WRITE_SKIP_COUNT")).isEqualTo(1);
            assertThat(num(step, "READ_COUNT")).as("read = write + filter + skips: %s", step).isEqualTo(
                    num(step, "WRITE_COUNT") + num(step, "FILTER_COUNT") + num(step, "READ_SKIP_COUNT")
                            + num(step, "PROCESS_SKIP_COUNT") + num(step, "WRITE_SKIP_COUNT"));
            assertThat(num(step, "ROLLBACK_COUNT")).as("the refused chunk was rolled back").isPositive();

            String dossiers = "SELECT case_id || '|' || status || '|' || docs_seen || '|' || docs_checked || '|' "
                    + "|| docs_unreadable || '|' || docs_review FROM cc_dossier ORDER BY case_id";
            List<String> faultyDossiers = f.jdbc.sql(dossiers).query(String.class).list();
            List<String> cleanDossiers = c.jdbc.sql(dossiers).query(String.class).list();
            assertThat(faultyDossiers).hasSize(DOSSIERS);
            for (int i = 0; i < DOSSIERS; i++) {
                if (faultyDossiers.get(i).startsWith(BAD + "|")) {
                    assertThat(faultyDossiers.get(i)).isEqualTo(BAD + "|FAILED|2|0|0|2");
                } else {
                    assertThat(faultyDossiers.get(i)).isEqualTo(cleanDossiers.get(i));
                }
            }
            assertThat(f.rows("SELECT outcome, reason, detail FROM cc_document WHERE case_id = '" + BAD + "'"))
                    .hasSize(2).allSatisfy(d -> {
                        assertThat(d.get("OUTCOME")).isEqualTo("NEEDS_REVIEW");
                        assertThat(d.get("REASON")).isEqualTo("STORE_FAILED");
                        assertThat((String) d.get("DETAIL")).startsWith("检查结果未能保存").doesNotContain(ID_CANARY);
                    });

            String occurrences = "SELECT subject || '|' || fingerprint || '|' || evidence_hash FROM cc_occurrence "
                    + "WHERE subject <> '" + BAD + "' ORDER BY fingerprint";
            assertThat(f.jdbc.sql(occurrences).query(String.class).list()).as("other dossiers' findings")
                    .isNotEmpty().doesNotHaveDuplicates()
                    .isEqualTo(c.jdbc.sql(occurrences).query(String.class).list());
            assertThat(f.count("SELECT COUNT(*) FROM cc_occurrence WHERE subject = '" + BAD + "'"))
                    .as("nothing half-written for the refused dossier").isZero();

            var run = f.runs.run(DATE).orElseThrow();
            assertThat(run.docsSeen()).isEqualTo(run.docsChecked() + run.docsUnreadable() + run.docsReview());
            assertThat(run.docsSeen()).isEqualTo(c.runs.run(DATE).orElseThrow().docsSeen());
            assertThat(run.dossiersFailed()).isEqualTo(1);
        }
        String log = Files.readString(tmp.resolve("data-faulty").resolve("casecheck.log"), StandardCharsets.UTF_8);
        assertThat(log).as("the refused values never reach the log").doesNotContain(ID_CANARY)
                .contains("被数据库拒绝");
        assertThat(rt.out.toString()).contains("检查结果未能保存（数据库写入失败），本卷宗未完成检查，需人工复核：2 份");
    }

    /** Twelve dossiers with findings; with {@code bad}, C007's finding has an excerpt longer than the column. */
    private static TestExport export(Path root, boolean bad) {
        TestExport e = new TestExport(root);
        StringBuilder cases = new StringBuilder();
        for (int i = 1; i <= DOSSIERS; i++) {
            String id = String.format("C%03d", i);
            cases.append(id).append(i % 2 == 0 ? ",U2\n" : ",U1\n");
            String excerpt = id.equals(BAD) && bad
                    ? "身份证号" + ID_CANARY + "长".repeat(4100) : "第" + i + "页未签名";
            e.dossier(id, "笔录.txt", "FINDING TX-01 RED " + (i % 3 + 1) + " " + excerpt + "\n");
            e.dossier(id, "告知书.txt", "FINDING RI-01 ORANGE 1 缺少告知" + i + "\n");
        }
        return e.file("cases.csv", cases.toString());
    }

    private int nightly(TestRuntime rt, TestExport export, String data) {
        return rt.run("nightly", "--export", export.root().toString(), "--date", DATE.toString(),
                "--data-dir", tmp.resolve(data).toString(), "--threads", "2");
    }

    private static long num(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
