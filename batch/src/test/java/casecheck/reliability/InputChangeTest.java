package casecheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.batch.nightly.PendingDossierReader;
import casecheck.privacy.Masker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checklist A11: the export changes while a run is interrupted. The nightly job (real engine, child JVM) is killed
 * once it has frozen its manifest and started on the dossiers; then, in dossiers it has not checked yet, one
 * document is rewritten, one renamed and one added, and a new dossier appears. The restart must work from the
 * frozen manifest: the documents recorded per dossier are exactly the manifest's, the rewritten and the renamed
 * ones are INPUT_CHANGED review items whose new content yields no finding, and the added files are not checked but
 * counted in the summary.
 */
class InputChangeTest {

    private static final String TRANSCRIPT = "讯问笔录.txt";
    private static final String NOTICE = "告知书.txt";
    private static final String RENAMED = "告知书（补正）.txt";
    private static final String ADDED = "补充讯问笔录.txt";
    private static final int EXTRA_DOSSIERS = 120;
    private static final String NEW_DOSSIER = "A320105202611009" + "8";

    @TempDir
    Path dir;

    @Test
    @Tag("A11")
    @DisplayName("A11 files rewritten, renamed and added during a kill and restart: the run checks its frozen manifest")
    void a11RestartWorksFromTheFrozenManifest() throws Exception {
        Path export = CrashExport.write(dir.resolve("export"));
        // More dossiers, so that the dossier step lasts long enough to be killed midway.
        for (int i = 0; i < EXTRA_DOSSIERS; i++) {
            Path d = Files.createDirectories(export.resolve("卷宗").resolve(String.format("B320105202611%04d", i)));
            Files.writeString(d.resolve(TRANSCRIPT), CrashExport.transcript(i % 9 + 1, i % 2 == 0),
                    StandardCharsets.UTF_8);
            Files.writeString(d.resolve(NOTICE), "犯罪嫌疑人诉讼权利义务告知书\n犯罪嫌疑人（签名）：张测试 2026年11月3日\n",
                    StandardCharsets.UTF_8);
        }
        Path data = null;
        List<String> pending = List.of();
        List<String> manifest = List.of();
        List<String> attempts = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 5 && pending.size() < 3; attempt++) {
            data = dir.resolve("data-" + attempt);
            Process p = NightlyChild.start(export, data);
            waitForDossierStep(data, p);
            // H2 may lose the last second of commits to a kill -9 (its write delay): the registration must be on
            // disk before the kill for the restart to resume rather than start afresh.
            p.waitFor(1200 + 300L * attempt, TimeUnit.MILLISECONDS);
            p.destroyForcibly().waitFor();
            try (Connection c = RunSnapshot.open(data)) {
                manifest = RunSnapshot.rows(c, "SELECT path, size_bytes, sha256 FROM cc_manifest ORDER BY path");
                pending = RunSnapshot.rows(c, "SELECT rel_path FROM cc_dossier WHERE status = 'PENDING' "
                        + "AND rel_path NOT LIKE '%.zip' ORDER BY case_id");
                attempts.add(RunSnapshot.rows(c, "SELECT status, COUNT(*) FROM cc_dossier GROUP BY status")
                        .toString());
            } catch (java.sql.SQLException e) {
                pending = List.of(); // killed before the store existed: try again
                attempts.add(e.toString());
            }
        }
        assertThat(pending).as("a kill left folder dossiers unchecked: %s", attempts).isNotEmpty();
        assertThat(manifest).isNotEmpty();

        String modified = pending.get(0);
        String renamed = pending.get(1 % pending.size());
        String added = pending.get(2 % pending.size());
        // Unsigned first page: checked, the new content would give a TX-01 finding on the transcript. The marker
        // line makes it differ from every generated transcript (one of the extra dossiers holds this very text).
        Files.writeString(export.resolve(modified).resolve(TRANSCRIPT), CrashExport.transcript(7, true)
                + "（运行开始后改写）\n", StandardCharsets.UTF_8);
        Files.move(export.resolve(renamed).resolve(NOTICE), export.resolve(renamed).resolve(RENAMED));
        Files.writeString(export.resolve(added).resolve(ADDED), CrashExport.transcript(6, true),
                StandardCharsets.UTF_8);
        Path newDossier = Files.createDirectories(export.resolve("卷宗").resolve(NEW_DOSSIER));
        Files.writeString(newDossier.resolve(TRANSCRIPT), CrashExport.transcript(5, true), StandardCharsets.UTF_8);

        Process restart = NightlyChild.start(export, data);
        assertThat(restart.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String console = Files.readString(NightlyChild.consoleOf(data), StandardCharsets.UTF_8);
        assertThat(restart.exitValue()).as(console).isZero();

        RunSnapshot after = RunSnapshot.of(data);
        after.assertComplete();
        try (Connection c = RunSnapshot.open(data)) {
            assertThat(RunSnapshot.rows(c, "SELECT path, size_bytes, sha256 FROM cc_manifest ORDER BY path"))
                    .as("the manifest frozen before the kill").isEqualTo(manifest);
            // The processed set equals the manifest, dossier by dossier (paths are stored masked).
            for (String row : RunSnapshot.rows(c, "SELECT case_id, rel_path FROM cc_dossier "
                    + "WHERE rel_path NOT LIKE '%.zip' AND status = 'CHECKED'")) {
                String caseId = row.split("\t")[0];
                String rel = row.split("\t")[1];
                Set<String> frozen = manifest.stream().map(m -> m.split("\t")[0])
                        .filter(m -> m.startsWith(rel + "/")).map(m -> Masker.mask(m.substring(rel.length() + 1)))
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> recorded = new TreeSet<>(RunSnapshot.rows(c, "SELECT doc_path FROM cc_document "
                        + "WHERE case_id = '" + caseId + "'"));
                assertThat(recorded).as("documents of %s", rel).isEqualTo(frozen);
            }
            assertThat(document(c, modified, TRANSCRIPT)).as("rewritten document")
                    .startsWith("NEEDS_REVIEW\tINPUT_CHANGED\t运行开始后文件内容已改动")
                    .endsWith("\t" + manifestSha(manifest, modified + "/" + TRANSCRIPT));
            assertThat(document(c, renamed, NOTICE)).as("renamed document (old name)")
                    .startsWith("NEEDS_REVIEW\tINPUT_CHANGED\t运行开始后文件已被删除或改名");
            assertThat(document(c, renamed, RENAMED)).as("renamed document (new name)").isNull();
            assertThat(document(c, added, ADDED)).as("added document").isNull();
            assertThat(RunSnapshot.rows(c, "SELECT case_id FROM cc_dossier WHERE case_id = '" + NEW_DOSSIER + "'"))
                    .as("a dossier added after the freeze").isEmpty();
            assertThat(RunSnapshot.rows(c, "SELECT rule_id FROM cc_occurrence WHERE (case_id = '" + caseOf(modified)
                    + "' AND document = '" + TRANSCRIPT + "') OR document IN ('" + RENAMED + "', '" + ADDED + "') "
                    + "OR case_id = '" + NEW_DOSSIER + "'")).as("findings from content outside the manifest").isEmpty();
            assertThat(RunSnapshot.rows(c, "SELECT files_not_in_manifest FROM cc_run")).containsExactly("3");
        }
        assertThat(console).as("summary")
                .contains("需人工复核 · 运行开始后文件被改动、改名或删除，本次未检查：2 份")
                .contains("导出目录中另有 3 个文件不在运行开始时固定的清单内");
    }

    @Test
    @Tag("A11")
    @DisplayName("A11 a table rewritten between a kill and the restart stops the run with a clear message; restored, it completes")
    void a11TableRewrittenBeforeTheRestart() throws Exception {
        Path export = CrashExport.write(dir.resolve("export"));
        for (int i = 0; i < EXTRA_DOSSIERS; i++) {
            Path d = Files.createDirectories(export.resolve("卷宗").resolve(String.format("B320105202611%04d", i)));
            Files.writeString(d.resolve(TRANSCRIPT), CrashExport.transcript(i % 9 + 1, i % 2 == 0),
                    StandardCharsets.UTF_8);
        }
        Path data = null;
        boolean unfinished = false;
        for (int attempt = 0; attempt < 5 && !unfinished; attempt++) {
            data = dir.resolve("tables-" + attempt);
            Process p = NightlyChild.start(export, data);
            waitForDossierStep(data, p);
            p.waitFor(1200 + 300L * attempt, TimeUnit.MILLISECONDS);
            p.destroyForcibly().waitFor();
            try (Connection c = RunSnapshot.open(data)) {
                unfinished = !RunSnapshot.rows(c, "SELECT path FROM cc_manifest").isEmpty()
                        && !RunSnapshot.rows(c, "SELECT case_id FROM cc_dossier WHERE status = 'PENDING'").isEmpty();
            } catch (java.sql.SQLException e) {
                unfinished = false;
            }
        }
        assertThat(unfinished).as("a kill left the run frozen and unfinished").isTrue();

        Path cases = export.resolve("案件.csv");
        byte[] original = Files.readAllBytes(cases);
        Files.writeString(cases, new String(original, StandardCharsets.UTF_8)
                + "A3201052026110097,刑事,盗窃,U1,王警官,2026-11-05 09:00,侦查\n", StandardCharsets.UTF_8);
        Process changed = NightlyChild.start(export, data);
        assertThat(changed.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String console = Files.readString(NightlyChild.consoleOf(data), StandardCharsets.UTF_8);
        assertThat(changed.exitValue()).as(console).isNotZero();
        assertThat(console).contains("导出表格 案件.csv 在运行开始后被改动");

        Files.write(cases, original);
        Process restored = NightlyChild.start(export, data);
        assertThat(restored.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(restored.exitValue()).as(Files.readString(NightlyChild.consoleOf(data), StandardCharsets.UTF_8))
                .isZero();
        RunSnapshot.of(data).assertComplete();
    }

    /** outcome, reason, detail and sha256 of a document, or null when no such document was recorded. */
    private static String document(Connection c, String dossierRel, String path) throws java.sql.SQLException {
        List<String> rows = RunSnapshot.rows(c, "SELECT outcome, reason, detail, sha256 FROM cc_document "
                + "WHERE case_id = '" + caseOf(dossierRel) + "' AND doc_path = '" + path + "'");
        assertThat(rows).hasSizeLessThanOrEqualTo(1);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static String caseOf(String dossierRel) {
        return dossierRel.substring(dossierRel.lastIndexOf('/') + 1);
    }

    private static String manifestSha(List<String> manifest, String path) {
        return manifest.stream().map(m -> m.split("\t")).filter(m -> m[0].equals(path)).map(m -> m[2]).findFirst()
                .orElseThrow();
    }

    /** Waits until the child logs that the dossier step started (the manifest is committed by then). */
    private static void waitForDossierStep(Path data, Process p) throws Exception {
        Path log = data.resolve("casecheck.log");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < until) {
            if (Files.exists(log) && new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                    .contains(PendingDossierReader.LOG_MARKER)) {
                return;
            }
            Thread.sleep(5);
        }
    }
}
