package casecheck.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.batch.ScriptedEngine;
import casecheck.batch.StoreProbe;
import casecheck.batch.TestExport;
import casecheck.batch.TestRuntime;
import casecheck.batch.store.FindingStatus;
import casecheck.batch.store.RunLock;
import casecheck.batch.store.RunRecord;
import casecheck.batch.store.StoredFinding;
import casecheck.batch.store.Transition;
import casecheck.facts.DocumentOutcome;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly job end to end through {@code casecheck nightly}, with the scripted engine. */
class NightlyJobFunctionalTests {

    static final LocalDate NIGHT1 = LocalDate.of(2026, 11, 22);
    static final LocalDate NIGHT2 = LocalDate.of(2026, 11, 23);

    @TempDir
    Path tmp;

    private int nightly(TestRuntime rt, TestExport export, LocalDate date) {
        return rt.run("nightly", "--export", export.root().toString(), "--date", date.toString(), "--data-dir",
                tmp.resolve("data").toString());
    }

    private StoreProbe probe() {
        return new StoreProbe(tmp.resolve("data"));
    }

    @Test
    void night1RecordsEveryDocumentOnceAndEveryFindingAsNew() {
        TestExport export = TestExport.night1(tmp.resolve("export"));
        TestRuntime rt = new TestRuntime();
        assertThat(nightly(rt, export, NIGHT1)).as(rt.err.toString()).isZero();

        try (StoreProbe p = probe()) {
            RunRecord run = p.runs.run(NIGHT1).orElseThrow();
            assertThat(run.status()).isEqualTo(RunRecord.RunStatus.COMPLETED);
            assertThat(run.dossiersTotal()).isEqualTo(3);
            assertThat(run.docsSeen()).isEqualTo(6);
            assertThat(run.docsChecked()).isEqualTo(4);
            assertThat(run.docsUnreadable()).isEqualTo(1);
            assertThat(run.docsReview()).isEqualTo(1);
            assertThat(run.docsSeen()).isEqualTo(run.docsChecked() + run.docsUnreadable() + run.docsReview());
            assertThat(p.runs.documents(NIGHT1, null, true)).extracting(d -> d.caseId() + ":" + d.outcome())
                    .containsExactly("A002:NEEDS_REVIEW", "A003:UNREADABLE");

            List<StoredFinding> open = p.findings.openOn(NIGHT1, null);
            assertThat(open).extracting(f -> f.subject() + ":" + f.ruleId()).containsExactlyInAnyOrder(
                    "A001:TX-01", "A001:TX-03", "A001:RI-01", "A002:LO-01", "A002:DL-01", "A003:TX-02",
                    "警情:AL-01", "警情:AL-02");
            assertThat(open).allMatch(f -> f.transition() == Transition.NEW && f.firstSeen().equals(NIGHT1));
            assertThat(p.findings.openOn(NIGHT1, p.units.subtree("U2"))).extracting(StoredFinding::ruleId)
                    .containsExactlyInAnyOrder("LO-01", "DL-01", "AL-02");
            assertThat(p.runs.notEvaluated(NIGHT1)).extracting(n -> n.ruleId() + ":" + n.caseId())
                    .containsExactly("PE-03:A001", "PE-03:A002", "PE-03:A003");
        }
        assertThat(rt.out.toString()).contains("文书 6 份：已检查 4，无法读取 1，需人工复核 1")
                .contains("合计：新发现 8，延续 0，已整改 0").contains("PE-03：3 个案件/警情未评估，缺少人员表");
    }

    @Test
    void identicalDossiersWithoutTableRowsKeepTheirOwnFindings() {
        // Same files, no case rows: equal content hashes and equal table slices. Facts carry their case id, so the
        // fact cache must not hand one dossier the other's facts (a later chunk would reuse the first's).
        TestExport export = new TestExport(tmp.resolve("export")).file("cases.csv", "");
        for (String id : List.of("T01", "T02", "T03", "T04", "T05", "T06")) {
            export.dossier(id, "笔录.txt", "FINDING TX-01 RED 1 第1页未签名\n");
        }
        TestRuntime rt = new TestRuntime();
        assertThat(rt.run("nightly", "--export", export.root().toString(), "--date", NIGHT1.toString(), "--data-dir",
                tmp.resolve("data").toString(), "--threads", "1")).as(rt.err.toString()).isZero();
        try (StoreProbe p = probe()) {
            assertThat(p.jdbc.sql("SELECT subject || ':' || case_id FROM cc_occurrence ORDER BY subject")
                    .query(String.class).list()).containsExactly("T01:T01", "T02:T02", "T03:T03", "T04:T04",
                    "T05:T05", "T06:T06");
        }
    }

    @Test
    void twoNightsGiveFindingsTheirLife() {
        TestExport export = TestExport.night1(tmp.resolve("export"))
                .dossier("A004", "笔录.txt", "FINDING TX-04 YELLOW 2 记录不全\nDEADLINE DL-02 2026-11-22\n");
        TestRuntime rt = new TestRuntime();
        assertThat(nightly(rt, export, NIGHT1)).isZero();
        String ri01;
        String lo01;
        try (StoreProbe p = probe()) {
            Map<String, StoredFinding> byRule = p.findings.openOn(NIGHT1, null).stream()
                    .collect(Collectors.toMap(f -> f.ruleId(), f -> f));
            assertThat(byRule).doesNotContainKey("DL-02"); // not overdue yet on the 22nd
            ri01 = byRule.get("RI-01").fingerprint();
            lo01 = byRule.get("LO-01").fingerprint();
        }
        assertThat(new TestRuntime().run("findings", "dismiss", ri01, "--reason", "告知书在附卷中", "--by", "李法制",
                "--data-dir", tmp.resolve("data").toString())).isZero();
        assertThat(new TestRuntime().run("findings", "dismiss", lo01.substring(0, 8), "--reason", "场所已备案",
                "--by", "李法制", "--data-dir", tmp.resolve("data").toString())).isZero();

        // Night 2: TX-01 fixed; A002's transcript re-uploaded (evidence of the dismissed LO-01 changes);
        // A003's transcript now unreadable (its TX-02 cannot be verified); alert J002 gone; A004 unchanged.
        export.dossier("A001", "讯问笔录.txt", "笔录\nFINDING TX-03 ORANGE 3 末页无确认\n")
                .dossier("A002", "询问笔录.txt", "笔录（重传）\nFINDING LO-01 RED 1 地点不符\nDEADLINE DL-01 2026-11-20\n")
                .dossier("A003", "笔录.txt", "UNREADABLE")
                .file("alerts.csv", "J001,AL-01,RED,U1\n");
        int assembledBefore = ScriptedEngine.ASSEMBLED.get();
        assertThat(nightly(rt, export, NIGHT2)).isZero();
        assertThat(ScriptedEngine.ASSEMBLED.get() - assembledBefore).as("only changed dossiers are extracted")
                .isEqualTo(3);

        try (StoreProbe p = probe()) {
            Map<String, StoredFinding> open = p.findings.openOn(NIGHT2, null).stream()
                    .collect(Collectors.toMap(f -> f.subject() + ":" + f.ruleId(), f -> f));
            assertThat(open.keySet()).containsExactlyInAnyOrder("A001:TX-03", "A002:LO-01", "A002:DL-01",
                    "A003:TX-02", "A004:TX-04", "A004:DL-02", "警情:AL-01");
            assertThat(open.get("A001:TX-03").transition()).isEqualTo(Transition.CARRIED);
            assertThat(open.get("A001:TX-03").firstSeen()).isEqualTo(NIGHT1);
            assertThat(open.get("A001:TX-03").ageDays(NIGHT2)).isEqualTo(1);
            assertThat(open.get("A004:TX-04").transition()).isEqualTo(Transition.CARRIED);
            assertThat(open.get("A004:DL-02").transition()).as("deadline re-evaluated on cached facts")
                    .isEqualTo(Transition.NEW);
            assertThat(open.get("A002:LO-01").transition()).as("dismissal undone by changed evidence")
                    .isEqualTo(Transition.REOPENED);
            assertThat(open.get("A003:TX-02").transition()).isEqualTo(Transition.UNVERIFIED);
            assertThat(open.get("A003:TX-02").lastSeen()).isEqualTo(NIGHT1);

            assertThat(p.findings.rectifiedOn(NIGHT2, null)).extracting(f -> f.subject() + ":" + f.ruleId())
                    .containsExactlyInAnyOrder("A001:TX-01", "警情:AL-02");
            assertThat(p.findings.dismissedSeenOn(NIGHT2, null)).extracting(StoredFinding::fingerprint)
                    .containsExactly(ri01);
            StoredFinding dismissed = p.findings.find(ri01).orElseThrow();
            assertThat(dismissed.status()).isEqualTo(FindingStatus.DISMISSED);
            assertThat(dismissed.dismissedBy()).isEqualTo("李法制");
            assertThat(dismissed.dismissReason()).isEqualTo("告知书在附卷中");
            assertThat(p.findings.find(lo01).orElseThrow().status()).isEqualTo(FindingStatus.OPEN);
            assertThat(p.runs.run(NIGHT2).orElseThrow().cacheHits()).isEqualTo(1);

            var day2 = p.findings.dailyCounts(NIGHT1, NIGHT2, null).stream().filter(c -> c.date().equals(NIGHT2))
                    .toList();
            assertThat(day2.stream().mapToInt(c -> c.open()).sum()).isEqualTo(7);
            assertThat(day2.stream().mapToInt(c -> c.rectified()).sum()).isEqualTo(2);
            assertThat(day2.stream().mapToInt(c -> c.fresh()).sum()).isEqualTo(2);
        }
    }

    @Test
    void factsNoNightHasUsedForThirtyDaysAreDroppedFromTheCache() {
        TestExport export = TestExport.night1(tmp.resolve("export"));
        TestRuntime rt = new TestRuntime();
        assertThat(nightly(rt, export, NIGHT1)).isZero();
        long before;
        try (StoreProbe p = probe()) {
            before = p.count("SELECT COUNT(*) FROM cc_fact_cache");
            assertThat(before).isGreaterThanOrEqualTo(2);
        }
        // 31 days later A001 was re-uploaded: its old facts are unused since night 1; the others are reused.
        export.dossier("A001", "讯问笔录.txt", "笔录（重传）\nFINDING TX-03 ORANGE 3 末页无确认\n");
        assertThat(nightly(rt, export, NIGHT1.plusDays(31))).isZero();
        try (StoreProbe p = probe()) {
            assertThat(p.count("SELECT COUNT(*) FROM cc_fact_cache WHERE used_on < DATE '2026-11-23'")).isZero();
            assertThat(p.count("SELECT COUNT(*) FROM cc_fact_cache")).as("one dropped, one added").isEqualTo(before);
        }
    }

    @Test
    void rerunOfACompletedDateIsReportedAndNotCountedTwice() {
        TestExport export = TestExport.night1(tmp.resolve("export"));
        assertThat(nightly(new TestRuntime(), export, NIGHT1)).isZero();
        List<String> before;
        long occurrences;
        try (StoreProbe p = probe()) {
            before = p.findingRows();
            occurrences = p.count("SELECT COUNT(*) FROM cc_occurrence");
        }
        TestRuntime again = new TestRuntime();
        assertThat(nightly(again, export, NIGHT1)).isZero();
        assertThat(again.out.toString()).contains("检查完成；本次未重复运行，结果不重复计数").contains("合计：新发现 8");
        try (StoreProbe p = probe()) {
            assertThat(p.findingRows()).isEqualTo(before);
            assertThat(p.count("SELECT COUNT(*) FROM cc_occurrence")).isEqualTo(occurrences);
            assertThat(p.runs.run(NIGHT1).orElseThrow().attempts()).isEqualTo(1);
        }
    }

    @Test
    @Tag("D4")
    void aSecondLaunchWhileARunHoldsTheLockIsRefused() throws Exception {
        TestExport export = TestExport.night1(tmp.resolve("export"));
        Optional<RunLock> held = RunLock.tryAcquire(tmp.resolve("data"));
        assertThat(held).isPresent();
        try (RunLock ignored = held.get()) {
            TestRuntime rt = new TestRuntime();
            assertThat(nightly(rt, export, NIGHT1)).isEqualTo(3);
            assertThat(rt.err.toString()).contains("本次启动被拒绝");
        }
        assertThat(nightly(new TestRuntime(), export, NIGHT1)).isZero();
    }

    @Test
    @Tag("E6")
    void aDossierThatCannotBeOpenedDoesNotStopTheRunAndLeavesNoPersonalNumber() {
        TestExport export = TestExport.night1(tmp.resolve("export"))
                .dossier("A005", "BROKEN", "x").dossier("A005", "讯问笔录.docx", "whatever");
        TestRuntime rt = new TestRuntime();
        assertThat(nightly(rt, export, NIGHT1)).isZero();
        try (StoreProbe p = probe()) {
            var a005 = p.runs.documents(NIGHT1, null, false).stream().filter(d -> d.caseId().equals("A005")).toList();
            assertThat(a005).hasSize(2).allMatch(d -> d.outcome() == DocumentOutcome.UNREADABLE);
            assertThat(a005.get(0).detail()).contains("卷宗无法打开").doesNotContain("110105194912310021");
            assertThat(p.runs.dossiers(NIGHT1)).filteredOn(d -> d.caseId().equals("A005"))
                    .extracting(d -> d.status()).containsExactly("FAILED");
            assertThat(p.runs.run(NIGHT1).orElseThrow().docsSeen()).isEqualTo(8);
            for (String table : List.of("BATCH_JOB_EXECUTION", "BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS",
                    "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_CONTEXT", "CC_DOCUMENT", "CC_DOSSIER")) {
                assertThat(p.rows("SELECT * FROM " + table).toString()).doesNotContain("110105194912310021");
            }
        }
        assertThat(rt.err.toString() + rt.out).doesNotContain("110105194912310021");
    }

    @Test
    @Tag("E2")
    void aDatabaseUrlThatRunsScriptsIsRejectedBeforeConnecting() {
        TestRuntime rt = new TestRuntime();
        int code = rt.run("findings", "list", "--data-dir", tmp.resolve("data").toString(), "--db-url",
                "jdbc:h2:file:" + tmp.resolve("x") + ";INIT=RUNSCRIPT FROM 'http://example.invalid/x.sql'");
        assertThat(code).isEqualTo(2);
        assertThat(rt.err.toString()).contains("不允许的数据库地址");
        assertThat(tmp.resolve("x.mv.db")).doesNotExist();
        assertThat(new TestRuntime().run("findings", "list", "--data-dir", tmp.resolve("data").toString(),
                "--db-url", "jdbc:h2:mem:x")).isEqualTo(2);
    }

    @Test
    @Tag("E3")
    void filterOptionsAreBoundNotConcatenated() {
        assertThat(nightly(new TestRuntime(), TestExport.night1(tmp.resolve("export")), NIGHT1)).isZero();
        for (String hostile : List.of("' OR '1'='1", "U1' OR 1=1 --", "1;DROP TABLE cc_finding", "＇ OR ＇1＇=＇1")) {
            TestRuntime rt = new TestRuntime();
            assertThat(rt.run("findings", "list", "--unit", hostile, "--data-dir", tmp.resolve("data").toString()))
                    .isZero();
            assertThat(rt.out.toString()).contains("共 0 条");
        }
        TestRuntime rt = new TestRuntime();
        assertThat(rt.run("findings", "list", "--unit", "U2", "--data-dir", tmp.resolve("data").toString())).isZero();
        assertThat(rt.out.toString()).contains("共 3 条");
    }
}
