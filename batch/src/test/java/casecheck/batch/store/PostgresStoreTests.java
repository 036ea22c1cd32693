package casecheck.batch.store;

import casecheck.batch.ChildLog;
import static org.assertj.core.api.Assertions.assertThat;

import casecheck.batch.CrashTestMain;
import casecheck.batch.StoreProbe;
import casecheck.batch.TestExport;
import casecheck.batch.TestPostgres;
import casecheck.batch.TestRuntime;
import casecheck.batch.delivery.Delivery;
import casecheck.batch.delivery.DeliveryLedger;
import casecheck.batch.delivery.DeliveryStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings store and the Spring Batch job repository on a real PostgreSQL (issue 6: "the same schema working
 * on PostgreSQL"), selected by configuration alone ({@code --db-url jdbc:postgresql://…}). Every scenario runs
 * through the commands on H2 and on a fresh PostgreSQL database and the two stores must hold the same rows.
 * Needs a server: see {@link TestPostgres} (skipped without one, failed in CI).
 */
class PostgresStoreTests {

    static final LocalDate NIGHT1 = LocalDate.of(2026, 11, 22);
    static final LocalDate NIGHT2 = LocalDate.of(2026, 11, 23);

    /** Every table of the findings store and the report ledger (the rows both databases must agree on). */
    static final List<String> STORE_TABLES = List.of("cc_run", "cc_manifest", "cc_dossier", "cc_document",
            "cc_occurrence", "cc_finding", "cc_rectified", "cc_not_evaluated", "cc_unit", "cc_fact_cache",
            "report_delivery");

    @TempDir
    Path tmp;

    /** Where one scenario's store lives: the default H2 file in its data directory, or a PostgreSQL URL. */
    record Store(Path dataDir, String dbUrl) {

        String[] with(String... args) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--data-dir", dataDir.toString()));
            if (dbUrl != null) {
                all.addAll(List.of("--db-url", dbUrl));
            }
            return all.toArray(String[]::new);
        }

        StoreProbe probe() {
            return dbUrl == null ? new StoreProbe(dataDir) : new StoreProbe(dbUrl);
        }
    }

    private static Clock evening(LocalDate date) {
        return Clock.fixed(date.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC); // 04:00 next day, Shanghai
    }

    @Test
    void migrationsBuildTheSameSchemaOnAnEmptyPostgresDatabase() throws Exception {
        try (TestPostgres pg = TestPostgres.create()) {
            Store h2 = new Store(tmp.resolve("h2"), null);
            Store postgres = new Store(tmp.resolve("pg"), pg.url());
            try (StoreProbe p = postgres.probe()) {
                assertThat(p.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"))
                        .as("the database starts empty").isZero();
            }
            for (Store s : List.of(h2, postgres)) {
                TestRuntime rt = new TestRuntime();
                assertThat(rt.run(s.with("findings", "list"))).as(rt.err.toString()).isZero();
                assertThat(rt.out.toString()).contains("共 0 条");
            }
            assertThat(postgres.dataDir().resolve(DatabaseTarget.DEFAULT_NAME + ".mv.db"))
                    .as("nothing went to H2").doesNotExist();
            Map<String, String> h2Columns;
            Map<String, String> pgColumns;
            try (StoreProbe p = h2.probe()) {
                h2Columns = columns(p, "PUBLIC");
                assertThat(versions(p)).containsExactlyElementsOf(shippedVersions());
            }
            try (StoreProbe p = postgres.probe()) {
                pgColumns = columns(p, "public");
                assertThat(versions(p)).containsExactlyElementsOf(shippedVersions());
                assertThat(p.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\""))
                        .isZero();
                assertThat(p.count("SELECT COUNT(*) FROM pg_sequences WHERE sequencename LIKE 'batch_%_seq'"))
                        .as("Spring Batch's id sequences").isEqualTo(3);
            }
            assertThat(pgColumns.keySet()).as("tables and columns").containsExactlyElementsOf(h2Columns.keySet());
            assertThat(pgColumns.keySet()).contains("batch_job_instance.job_key", "cc_finding.fingerprint",
                    "report_delivery.content_hash");
            Map<String, List<String>> ledgers = new LinkedHashMap<>();
            for (Store s : List.of(h2, postgres)) {
                try (StoreProbe p = s.probe()) {
                    ledgers.put(s.dbUrl() == null ? "H2" : "PostgreSQL", deliveryStory(p));
                }
            }
            assertThat(ledgers.get("PostgreSQL")).contains("U1|2026-11-22|SENT|1|null", "U1|2026-11-22|SUPERSEDED|1|SMTP 不可用")
                    .containsExactlyElementsOf(ledgers.get("H2"));
            // Types and nullability of casecheck's own tables (Spring Batch ships one script per vendor).
            h2Columns.forEach((column, type) -> {
                if (!column.startsWith("batch_")) {
                    assertThat(pgColumns.get(column)).as(column).isEqualTo(type);
                }
            });
        }
    }

    @Test
    void twoNightsOverTheSamplesOnPostgresGiveTheStoreOfH2(TestReporter reporter) throws Exception {
        Path samples = Path.of(System.getProperty("casecheck.samples", "../samples/export")).toAbsolutePath()
                .normalize();
        Assumptions.assumeTrue(Files.isDirectory(samples), "sample export not found at " + samples);
        try (TestPostgres pg = TestPostgres.create()) {
            // Night 2: the export of night 1 with the documents of two findings removed (they must be rectified).
            Path night2 = tmp.resolve("export2");
            copy(samples, night2);
            List<String[]> golden = golden(samples.getParent().resolve("expected-findings.csv"));
            List<String[]> removed = golden.stream()
                    .filter(r -> !r[2].isEmpty() && Files.isRegularFile(night2.resolve("卷宗").resolve(r[0]).resolve(r[1])))
                    .filter(distinctCase()).limit(2).toList();
            assertThat(removed).hasSize(2);
            for (String[] r : removed) {
                Files.delete(night2.resolve("卷宗").resolve(r[0]).resolve(r[1]));
            }
            Set<String> changedCases = new TreeSet<>(removed.stream().map(r -> r[0]).toList());

            Store h2 = new Store(tmp.resolve("h2"), null);
            Store postgres = new Store(tmp.resolve("pg"), pg.url());
            String dismissed = null;
            Map<String, List<String>> dumps = new LinkedHashMap<>();
            for (Store s : List.of(h2, postgres)) {
                long t0 = System.nanoTime();
                TestRuntime n1 = new TestRuntime(evening(NIGHT1), List.of());
                assertThat(n1.run(s.with("nightly", "--export", samples.toString(), "--date", NIGHT1.toString())))
                        .as(n1.err.toString()).isZero();
                TestRuntime rerun = new TestRuntime(evening(NIGHT1), List.of());
                assertThat(rerun.run(s.with("nightly", "--export", samples.toString(), "--date", NIGHT1.toString())))
                        .as(rerun.err.toString()).isZero();
                assertThat(rerun.out.toString()).contains("本次未重复运行，结果不重复计数");
                try (StoreProbe p = s.probe()) {
                    assertThat(p.runs.run(NIGHT1).orElseThrow().attempts()).isEqualTo(1);
                    if (dismissed == null) { // chosen on H2, dismissed by the same fingerprint on PostgreSQL
                        dismissed = p.findings.openOn(NIGHT1, null).stream()
                                .filter(f -> f.caseId() != null && !changedCases.contains(f.caseId()))
                                .map(StoredFinding::fingerprint).sorted().findFirst().orElseThrow();
                    }
                }
                TestRuntime dismiss = new TestRuntime(evening(NIGHT1), List.of());
                assertThat(dismiss.run(s.with("findings", "dismiss", dismissed.substring(0, 10), "--reason",
                        "经核实不构成问题", "--by", "李法制"))).as(dismiss.err.toString()).isZero();
                TestRuntime n2 = new TestRuntime(evening(NIGHT2), List.of());
                assertThat(n2.run(s.with("nightly", "--export", night2.toString(), "--date", NIGHT2.toString(),
                        "--report"))).as(n2.err.toString()).isZero();
                TestRuntime list = new TestRuntime(evening(NIGHT2), List.of());
                assertThat(list.run(s.with("findings", "list", "--status", "DISMISSED"))).isZero();
                assertThat(list.out.toString()).contains(dismissed).contains("共 1 条");
                try (StoreProbe p = s.probe()) {
                    dumps.put(s.dbUrl() == null ? "H2" : "PostgreSQL", dump(p));
                }
                reporter.publishEntry("two-nights-" + (s.dbUrl() == null ? "h2" : "postgresql"),
                        (System.nanoTime() - t0) / 1_000_000 + " ms");
            }

            try (StoreProbe p = postgres.probe()) {
                Set<String> night1 = new TreeSet<>(p.jdbc.sql("SELECT case_id || ',' || document || ',' || "
                                + "COALESCE(CAST(page AS VARCHAR), '') || ',' || rule_id FROM cc_occurrence "
                                + "WHERE business_date = :d").param("d", java.sql.Date.valueOf(NIGHT1))
                        .query(String.class).list());
                Set<String> expected = new TreeSet<>(golden.stream().map(r -> String.join(",", r)).toList());
                Set<String> missing = new TreeSet<>(expected);
                missing.removeAll(night1);
                Set<String> extra = new TreeSet<>(night1);
                extra.removeAll(expected);
                assertThat(night1).as("night 1 on PostgreSQL: the golden findings; missing %s extra %s", missing,
                        extra).isEqualTo(expected);

                for (String[] r : removed) {
                    assertThat(p.findings.rectifiedOn(NIGHT2, null)).as("rectified: %s", String.join(",", r))
                            .anyMatch(f -> f.caseId().equals(r[0]) && r[1].equals(f.document())
                                    && f.ruleId().equals(r[3]));
                }
                assertThat(p.findings.openOn(NIGHT2, null)).as("carried over with their age")
                        .anyMatch(f -> f.transition() == Transition.CARRIED && f.firstSeen().equals(NIGHT1));
                assertThat(p.findings.dismissedSeenOn(NIGHT2, null)).extracting(StoredFinding::fingerprint)
                        .containsExactly(dismissed);
                StoredFinding d = p.findings.find(dismissed).orElseThrow();
                assertThat(d.status()).isEqualTo(FindingStatus.DISMISSED);
                assertThat(d.dismissedBy()).isEqualTo("李法制");
                assertThat(d.dismissedAt()).isEqualTo(NIGHT1.atTime(20, 0));

                // The job repository is in PostgreSQL too: two instances (one per date), all completed.
                assertThat(p.count("SELECT COUNT(*) FROM batch_job_instance")).isEqualTo(2);
                assertThat(p.rows("SELECT status FROM batch_job_execution")).extracting(r -> r.get("status"))
                        .containsOnly("COMPLETED");
                assertThat(p.count("SELECT COUNT(*) FROM batch_step_execution WHERE status = 'COMPLETED'"))
                        .isGreaterThanOrEqualTo(8);
            }
            assertThat(postgres.dataDir().resolve(DatabaseTarget.DEFAULT_NAME + ".mv.db"))
                    .as("nothing went to H2").doesNotExist();
            assertThat(dumps.get("PostgreSQL")).as("every store row on PostgreSQL equals H2's")
                    .containsExactlyElementsOf(dumps.get("H2"));
            Map<String, String> h2Reports = htmlReports(h2.dataDir().resolve("outbox").resolve(NIGHT2.toString()));
            assertThat(h2Reports).isNotEmpty();
            assertThat(htmlReports(postgres.dataDir().resolve("outbox").resolve(NIGHT2.toString())))
                    .as("the morning reports read from PostgreSQL equal H2's").isEqualTo(h2Reports);
        }
    }

    /** The HTML reports under an outbox date folder: relative path -> content. */
    private static Map<String, String> htmlReports(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(f -> f.toString().endsWith(".html")).toList()) {
                out.put(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void scriptedTwoNightsWithDismissalsOnPostgresGiveTheStoreOfH2() throws Exception {
        try (TestPostgres pg = TestPostgres.create()) {
            Map<String, List<String>> dumps = new LinkedHashMap<>();
            Map<String, Map<String, Transition>> night2 = new LinkedHashMap<>();
            for (Store s : List.of(new Store(tmp.resolve("h2"), null), new Store(tmp.resolve("pg"), pg.url()))) {
                String name = s.dbUrl() == null ? "H2" : "PostgreSQL";
                TestExport export = TestExport.night1(tmp.resolve("export-" + name))
                        .dossier("A004", "笔录.txt", "FINDING TX-04 YELLOW 2 记录不全\nDEADLINE DL-02 2026-11-22\n");
                assertThat(new TestRuntime(evening(NIGHT1)).run(s.with("nightly", "--export",
                        export.root().toString(), "--date", NIGHT1.toString()))).isZero();
                Map<String, String> byRule = new TreeMap<>();
                try (StoreProbe p = s.probe()) {
                    p.findings.openOn(NIGHT1, null).forEach(f -> byRule.put(f.ruleId(), f.fingerprint()));
                }
                assertThat(new TestRuntime(evening(NIGHT1)).run(s.with("findings", "dismiss", byRule.get("RI-01"),
                        "--reason", "告知书在附卷中", "--by", "李法制"))).isZero();
                assertThat(new TestRuntime(evening(NIGHT1)).run(s.with("findings", "dismiss",
                        byRule.get("LO-01").substring(0, 8), "--reason", "场所已备案", "--by", "李法制"))).isZero();
                // As NightlyJobFunctionalTests: TX-01 fixed, LO-01's evidence changed, A003 unreadable, J002 gone.
                export.dossier("A001", "讯问笔录.txt", "笔录\nFINDING TX-03 ORANGE 3 末页无确认\n")
                        .dossier("A002", "询问笔录.txt", "笔录（重传）\nFINDING LO-01 RED 1 地点不符\nDEADLINE DL-01 2026-11-20\n")
                        .dossier("A003", "笔录.txt", "UNREADABLE")
                        .file("alerts.csv", "J001,AL-01,RED,U1\n");
                TestRuntime rt = new TestRuntime(evening(NIGHT2));
                assertThat(rt.run(s.with("nightly", "--export", export.root().toString(), "--date",
                        NIGHT2.toString()))).as(rt.err.toString()).isZero();
                try (StoreProbe p = s.probe()) {
                    Map<String, Transition> t = new TreeMap<>();
                    p.findings.openOn(NIGHT2, null).forEach(f -> t.put(f.subject() + ":" + f.ruleId(), f.transition()));
                    p.findings.dismissedSeenOn(NIGHT2, null).forEach(f -> t.put(f.subject() + ":" + f.ruleId(),
                            f.transition()));
                    p.findings.rectifiedOn(NIGHT2, null).forEach(f -> t.put(f.subject() + ":" + f.ruleId(), null));
                    night2.put(name, t);
                    dumps.put(name, dump(p).stream().map(row -> row.replace(tmp.resolve("export-" + name).toString(),
                            "EXPORT")).toList());
                }
            }
            Map<String, Transition> pg2 = night2.get("PostgreSQL");
            assertThat(pg2).containsEntry("A001:TX-03", Transition.CARRIED)
                    .containsEntry("A002:LO-01", Transition.REOPENED).containsEntry("A003:TX-02", Transition.UNVERIFIED)
                    .containsEntry("A001:RI-01", Transition.DISMISSED).containsEntry("A004:DL-02", Transition.NEW)
                    .containsEntry("A001:TX-01", null).containsEntry("警情:AL-02", null);
            assertThat(pg2).isEqualTo(night2.get("H2"));
            assertThat(dumps.get("PostgreSQL")).containsExactlyElementsOf(dumps.get("H2"));
        }
    }

    @Test
    @Tag("D4")
    void aRunFromAnotherDataDirectoryOnTheSameDatabaseIsRefusedWhileOneRuns() throws Exception {
        try (TestPostgres pg = TestPostgres.create()) {
            TestExport export = TestExport.night1(tmp.resolve("export"));
            Store hostA = new Store(tmp.resolve("host-a"), pg.url());
            Store hostB = new Store(tmp.resolve("host-b"), pg.url());
            String advisoryLocks = "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                    + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";
            String previousDelay = System.getProperty("scripted.delayMs");
            System.setProperty("scripted.delayMs", "4000"); // each dossier of host A's run takes a while
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try (StoreProbe p = hostB.probe()) {
                TestRuntime a = new TestRuntime();
                Future<Integer> runA = pool.submit(() -> a.run(hostA.with("nightly", "--export",
                        export.root().toString(), "--date", NIGHT1.toString())));
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (p.count(advisoryLocks) == 0 && !runA.isDone() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(runA.isDone()).as("host A's run holds the database lock while it runs; %s", a.err).isFalse();
                TestRuntime b = new TestRuntime();
                assertThat(b.run(hostB.with("nightly", "--export", export.root().toString(), "--date",
                        NIGHT1.toString()))).as("another data directory, same database").isEqualTo(3);
                assertThat(b.err.toString()).contains("正在使用该问题库，本次启动被拒绝");
                assertThat(runA.get(2, TimeUnit.MINUTES)).as(a.err.toString()).isZero();
                assertThat(p.count(advisoryLocks)).as("released with the run").isZero();
                assertThat(p.runs.run(NIGHT1).orElseThrow().attempts()).as("host B never started").isEqualTo(1);
            } finally {
                pool.shutdownNow();
                if (previousDelay == null) {
                    System.clearProperty("scripted.delayMs");
                } else {
                    System.setProperty("scripted.delayMs", previousDelay);
                }
            }
            TestRuntime again = new TestRuntime();
            assertThat(again.run(hostB.with("nightly", "--export", export.root().toString(), "--date",
                    NIGHT1.toString()))).as(again.err.toString()).isZero();
            assertThat(again.out.toString()).contains("本次未重复运行");
        }
    }

    @Test
    @Tag("D1")
    void killedWhileCheckingAndRestartedOnPostgresTheRunEqualsACleanRunOnH2() throws Exception {
        try (TestPostgres pg = TestPostgres.create()) {
            TestExport export = TestExport.night1(tmp.resolve("export"));
            for (int i = 10; i < 50; i++) {
                export.dossier("B0" + i, "笔录.txt", "FINDING TX-01 RED " + (i % 5 + 1) + " 第" + i + "页未签名\n"
                        + (i % 7 == 0 ? "" : "FINDING LO-02 ORANGE 1 地点" + i + "\n"));
            }
            Store clean = new Store(tmp.resolve("clean"), null);
            assertThat(new TestRuntime().run(clean.with("nightly", "--export", export.root().toString(), "--date",
                    NIGHT1.toString()))).isZero();
            Store crashed = new Store(tmp.resolve("crashed"), pg.url());
            long seed = Long.getLong("crash.seed", System.nanoTime());
            Random random = new Random(seed);
            int kills = 0;
            int launches = 0;
            while (true) {
                launches++;
                Process p = launchChild(export, crashed);
                if (kills < 3) {
                    ChildLog.waitUntilChecking(crashed.dataDir(), p);
                    if (!p.waitFor(random.nextInt(800), TimeUnit.MILLISECONDS)) {
                        p.destroyForcibly().waitFor(); // SIGKILL: its PostgreSQL sessions end with the process
                        kills++;
                        continue;
                    }
                }
                assertThat(p.waitFor(2, TimeUnit.MINUTES) ? p.exitValue() : -1)
                        .as("launch %d (seed %d); child output:%n%s", launches, seed,
                                Files.readString(tmp.resolve("child.log"))).isZero();
                break;
            }
            assertThat(kills).as("seed %d", seed).isPositive(); // a late kill may find the run already done
            assertThat(crashed.dataDir().resolve(DatabaseTarget.DEFAULT_NAME + ".mv.db"))
                    .as("CASECHECK_DB_URL chose PostgreSQL").doesNotExist();
            try (StoreProbe a = clean.probe(); StoreProbe b = crashed.probe()) {
                assertThat(b.findingRows()).as("findings after %d kills (seed %d)", kills, seed)
                        .isEqualTo(a.findingRows()).doesNotHaveDuplicates().hasSizeGreaterThan(40);
                for (String q : List.of("SELECT fingerprint || '|' || transition || '|' || evidence_hash "
                                + "FROM cc_occurrence", "SELECT case_id || '|' || doc_id || '|' || outcome || '|' "
                                + "|| reason FROM cc_document")) {
                    assertThat(new TreeSet<>(b.jdbc.sql(q).query(String.class).list())).as(q)
                            .isEqualTo(new TreeSet<>(a.jdbc.sql(q).query(String.class).list()));
                }
                assertThat(b.count("SELECT COUNT(*) FROM batch_job_instance")).isEqualTo(1);
                assertThat(b.count("SELECT COUNT(*) FROM batch_job_execution WHERE status = 'COMPLETED'")).isEqualTo(1);
                assertThat(b.count("SELECT COUNT(*) FROM batch_job_execution")).isGreaterThan(1);
                assertThat(b.runs.run(NIGHT1).orElseThrow().attempts()).isEqualTo(launches);
            }
        }
    }

    /**
     * The nightly command with the scripted engine in a child JVM (killable), dossiers slowed down a little. The
     * database is configured the way the README tells a deployment: {@code CASECHECK_DB_URL} in the environment.
     */
    private Process launchChild(TestExport export, Store store) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dscripted.delayMs=60", "-Dfile.encoding=UTF-8", CrashTestMain.class.getName(),
                "nightly", "--export", export.root().toString(), "--date", NIGHT1.toString(), "--threads", "2",
                "--data-dir", store.dataDir().toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile());
        pb.environment().put("CASECHECK_DB_URL", store.dbUrl()); // not on the command line: it carries the password
        return pb.start();
    }

    /** The delivery ledger's life on one store: registered twice, failed, superseded, sent; then read back. */
    private static List<String> deliveryStory(StoreProbe p) {
        DeliveryLedger ledger = new DeliveryLedger(p.template(), evening(NIGHT2));
        String first = "a".repeat(64);
        String second = "b".repeat(64);
        Delivery a = ledger.register("U1", NIGHT1, first, "晨报 一所", List.of("chief@example.test"),
                DeliveryStatus.PENDING);
        assertThat(ledger.register("U1", NIGHT1, first, "晨报 一所", List.of("chief@example.test"),
                DeliveryStatus.PENDING).id()).as("one row per unit, date and content").isEqualTo(a.id());
        ledger.markFailed(a.id(), "SMTP 不可用");
        Delivery b = ledger.register("U1", NIGHT1, second, "晨报 一所", List.of("chief@example.test"),
                DeliveryStatus.PENDING);
        ledger.supersedeOthers("U1", NIGHT1, second);
        ledger.markSent(b.id());
        ledger.register("U2", NIGHT1, first, "晨报 二所", List.of(), DeliveryStatus.NO_RECIPIENTS);
        ledger.markFailed(ledger.register("U2", NIGHT2, second, "晨报 二所", List.of("legal@example.test"),
                DeliveryStatus.PENDING).id(), "超时");
        List<String> out = new ArrayList<>();
        Stream.of(ledger.of(NIGHT1), ledger.unsent(), ledger.failedBefore("U2", NIGHT2.plusDays(1)))
                .forEach(list -> list.forEach(d -> out.add(String.join("|", d.unitCode(),
                        d.businessDate().toString(), d.status().name(), Integer.toString(d.attempts()),
                        String.valueOf(d.lastError())))));
        return out;
    }

    /** Columns written from the wall clock (not the command's clock): only whether they are set is compared. */
    static final Set<String> WALL_CLOCK = Set.of("cc_run.started_at", "cc_run.finished_at",
            "report_delivery.created_at", "report_delivery.updated_at");

    /** Every row of the store's tables as sorted text, column by column (the ledger's generated id left out). */
    static List<String> dump(StoreProbe p) {
        List<String> out = new ArrayList<>();
        for (String table : STORE_TABLES) {
            List<String> rows = p.jdbc.sql("SELECT * FROM " + table).query((ResultSet rs, int i) -> row(table, rs))
                    .list();
            out.addAll(rows.stream().sorted().toList());
        }
        return out;
    }

    private static String row(String table, ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        StringBuilder sb = new StringBuilder(table);
        for (int c = 1; c <= md.getColumnCount(); c++) {
            String column = md.getColumnLabel(c).toLowerCase(Locale.ROOT);
            if (table.equals("report_delivery") && column.equals("id")) {
                continue;
            }
            Object value = rs.getObject(c);
            sb.append('|').append(column).append('=')
                    .append(WALL_CLOCK.contains(table + "." + column) ? value != null : value);
        }
        return sb.toString();
    }

    /** table.column -> type, length and nullability, normalised across the two databases' catalogues. */
    private static Map<String, String> columns(StoreProbe p, String schema) {
        Map<String, String> out = new TreeMap<>();
        p.jdbc.sql("SELECT table_name, column_name, data_type, character_maximum_length, is_nullable "
                        + "FROM information_schema.columns WHERE table_schema = :s")
                .param("s", schema).query(rs -> {
                    String table = rs.getString(1).toLowerCase(Locale.ROOT);
                    if (!table.equals("flyway_schema_history")) {
                        String type = rs.getString(3).toLowerCase(Locale.ROOT)
                                .replace("timestamp without time zone", "timestamp")
                                .replace("character large object", "text");
                        Object length = rs.getObject(4);
                        if (type.equals("character varying") && Long.valueOf(1_000_000_000L).equals(
                                length instanceof Number n ? n.longValue() : null)) {
                            type = "text"; // H2's TEXT is a VARCHAR of its maximum length
                            length = null;
                        }
                        out.put(table + "." + rs.getString(2).toLowerCase(Locale.ROOT), type + "(" + length + ") "
                                + rs.getString(5));
                    }
                });
        return out;
    }

    private static List<String> versions(StoreProbe p) {
        // Flyway names its table in lower case, quoted (H2 folds unquoted names to upper case).
        return p.jdbc.sql("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL "
                        + "ORDER BY \"installed_rank\"")
                .query(String.class).list();
    }

    /** Rows of expected-findings.csv: case, document, page, rule. */
    private static List<String[]> golden(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank())
                .map(l -> l.replace("\uFEFF", "").split(",", -1)).map(f -> new String[] {f[0].strip(),
                        f[1].strip(), f[2].strip(), f[3].strip()}).toList();
    }

    private static java.util.function.Predicate<String[]> distinctCase() {
        Set<String> seen = new TreeSet<>();
        return r -> seen.add(r[0]);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The versions of the migration scripts the module ships (V<n>__…sql), in order: every one must be applied. */
    private static List<String> shippedVersions() throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> files =
                     java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            List<String> versions = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql")).map(n -> n.substring(1, n.indexOf("__")))
                    .distinct().sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList();
            assertThat(versions).contains("1", "2", "100");
            return versions;
        }
    }
}
