package casecheck.batch.nightly;

import casecheck.batch.ChildLog;
import static org.assertj.core.api.Assertions.assertThat;

import casecheck.batch.CrashTestMain;
import casecheck.batch.StoreProbe;
import casecheck.batch.TestExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash harness (checklist D1): the nightly job runs in a child JVM over a fixed export and is killed with
 * SIGKILL at random moments — a third of the kills at any time after launch (start-up, migrations, manifest),
 * two thirds while dossiers are being checked — then relaunched until it completes. The stored findings, occurrences
 * and document outcomes must equal those of a clean run: none lost, none doubled. {@code -Dcrash.kills=N}
 * (default 12) and {@code -Dcrash.seed=S} reproduce or extend a session.
 */
@Tag("D1")
class CrashRestartTests {

    static final LocalDate DATE = LocalDate.of(2026, 11, 22);

    @TempDir
    Path tmp;

    @Test
    void killedAtRandomMomentsAndRestartedTheRunEqualsACleanRun() throws Exception {
        TestExport export = TestExport.night1(tmp.resolve("export"));
        for (int i = 10; i < 70; i++) {
            export.dossier("B0" + i, "笔录.txt", "FINDING TX-01 RED " + (i % 5 + 1) + " 第" + i + "页未签名\n"
                    + (i % 7 == 0 ? "" : "FINDING LO-02 ORANGE 1 地点" + i + "\n"));
            if (i % 9 == 0) {
                export.dossier("B0" + i, "损坏.pdf", "UNREADABLE");
            }
        }
        Path clean = tmp.resolve("clean");
        assertThat(launch(export, clean).waitFor()).isZero();

        Path crashed = tmp.resolve("crashed");
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        int wanted = Integer.getInteger("crash.kills", 12);
        int kills = 0;
        int launches = 0;
        boolean completed = false;
        while (!completed && launches < wanted * 3 + 5) {
            launches++;
            Process p = launch(export, crashed);
            boolean duringCheck = random.nextInt(3) > 0; // two thirds while dossiers are being checked
            long delay = duringCheck ? random.nextInt(1500) : random.nextInt(6000);
            long t0 = System.nanoTime();
            if (duringCheck) {
                ChildLog.waitUntilChecking(crashed, p);
            }
            System.out.printf("launch %d: %s, waited %d ms, kill after %d ms%n", launches,
                    duringCheck ? "during check" : "any time", (System.nanoTime() - t0) / 1_000_000, delay);
            if (kills < wanted && !p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                kills++;
                continue;
            }
            int code = p.waitFor(2, TimeUnit.MINUTES) ? p.exitValue() : -1;
            assertThat(code).as("launch %d (seed %d) exit code; child output:%n%s", launches, seed,
                    Files.readString(tmp.resolve("child-crashed.log"))).isZero();
            completed = true;
        }
        assertThat(completed).as("completed (seed %d)", seed).isTrue();
        assertThat(kills).as("kills (seed %d)", seed).isGreaterThanOrEqualTo(Math.min(wanted, 3));

        try (StoreProbe a = new StoreProbe(clean); StoreProbe b = new StoreProbe(crashed)) {
            assertThat(b.findingRows()).as("findings after %d kills (seed %d)", kills, seed)
                    .isEqualTo(a.findingRows()).doesNotHaveDuplicates();
            String occ = "SELECT fingerprint || '|' || transition || '|' || evidence_hash FROM cc_occurrence "
                    + "ORDER BY fingerprint";
            assertThat(b.jdbc.sql(occ).query(String.class).list()).isEqualTo(a.jdbc.sql(occ).query(String.class).list());
            String docs = "SELECT case_id || '|' || doc_id || '|' || outcome || '|' || reason FROM cc_document "
                    + "ORDER BY case_id, doc_id";
            assertThat(b.jdbc.sql(docs).query(String.class).list())
                    .isEqualTo(a.jdbc.sql(docs).query(String.class).list());
            var run = b.runs.run(DATE).orElseThrow();
            assertThat(run.docsSeen()).isEqualTo(run.docsChecked() + run.docsUnreadable() + run.docsReview())
                    .isEqualTo(a.runs.run(DATE).orElseThrow().docsSeen());
            assertThat(b.count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'")).isEqualTo(1);
            assertThat(b.count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
            long midStep = b.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'checkDossiers' "
                    + "AND STATUS <> 'COMPLETED' AND COMMIT_COUNT > 0");
            if (kills >= 6) {
                assertThat(midStep).as("a kill landed after some chunks committed (seed %d): %s", seed,
                        b.rows("SELECT STEP_NAME, STATUS, COMMIT_COUNT, WRITE_COUNT FROM BATCH_STEP_EXECUTION"))
                        .isPositive();
            }
            System.out.printf("crash harness: %d kills, %d launches, %d executions, %d killed mid-check, seed %d%n",
                    kills, launches, b.count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION"), midStep, seed);
        }
    }

    private Process launch(TestExport export, Path dataDir) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dscripted.delayMs=60", "-Dfile.encoding=UTF-8",
                CrashTestMain.class.getName(), "nightly", "--export", export.root().toString(), "--date",
                DATE.toString(), "--data-dir", dataDir.toString(), "--threads", "2"));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child-" + dataDir.getFileName() + ".log").toFile()).start();
    }

}
