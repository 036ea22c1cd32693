package casecheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 4, checklist D1: the nightly job runs in a child JVM over a fixed export and is killed with SIGKILL
 * at random moments, then restarted until it completes; the store must then equal a clean run's, with no
 * duplicate and the document invariant intact. {@code -Dcasecheck.crash.kills=N} (default 20) sets how many kills,
 * {@code -Dcasecheck.crash.seed=S} replays a sequence; the seed is printed in every failure message.
 */
class CrashHarnessTest {

    private static final int KILLS = Integer.getInteger("casecheck.crash.kills", 20);
    private static final int KILLS_PER_CAMPAIGN = 10;
    private static final int MAX_RESTARTS = 10;

    @TempDir
    Path dir;

    @Test
    @Tag("D1")
    @DisplayName("D1 kill -9 at random moments, restart until complete: findings equal a clean run, no duplicates")
    void d1KillAndRestart() throws Exception {
        long seed = Long.getLong("casecheck.crash.seed", System.nanoTime());
        Random rnd = new Random(seed);
        Path export = CrashExport.write(dir.resolve("export"));

        Path cleanData = dir.resolve("clean");
        long t0 = System.nanoTime();
        assertThat(runToCompletion(export, cleanData, "clean run")).isEqualTo(1);
        long cleanMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        RunSnapshot clean = RunSnapshot.of(cleanData);
        clean.assertComplete();
        assertThat(clean.occurrences()).as("the export yields findings to compare").isNotEmpty();

        int kills = 0;
        List<String> log = new ArrayList<>();
        for (int campaign = 0; kills < KILLS; campaign++) {
            Path data = dir.resolve("crash-" + campaign);
            for (int k = 0; k < KILLS_PER_CAMPAIGN && kills < KILLS; k++) {
                // From early start-up (Flyway, context) to the end of a run; restarts resume, so later kills
                // land in later phases (dossiers, alerts, reconcile).
                long delay = (long) (cleanMillis * (0.1 + 0.6 * rnd.nextDouble()));
                Process p = NightlyChild.start(export, data);
                boolean ended = p.waitFor(delay, TimeUnit.MILLISECONDS);
                if (!ended) {
                    p.destroyForcibly().waitFor();
                    kills++;
                    log.add("campaign " + campaign + " kill after " + delay + " ms");
                } else {
                    log.add("campaign " + campaign + " ended before " + delay + " ms with " + p.exitValue());
                    break;
                }
            }
            String context = "campaign " + campaign + " (seed " + seed + ", " + log + ")";
            runToCompletion(export, data, context);
            RunSnapshot after = RunSnapshot.of(data);
            after.assertComplete();
            after.assertSameAs(clean, context);
        }
        assertThat(kills).isGreaterThanOrEqualTo(KILLS);
    }

    /** Starts the job until it exits 0; returns the number of starts. */
    private static int runToCompletion(Path export, Path data, String context) throws Exception {
        for (int start = 1; start <= MAX_RESTARTS; start++) {
            Process p = NightlyChild.start(export, data);
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("nightly run hangs: " + context);
            }
            if (p.exitValue() == 0) {
                return start;
            }
            assertThat(p.exitValue()).as("exit code of a restart (%s); console: %s", context,
                    java.nio.file.Files.readString(NightlyChild.consoleOf(data))).isIn(0, 1);
        }
        String console = java.nio.file.Files.readString(NightlyChild.consoleOf(data));
        throw new AssertionError("not complete after " + MAX_RESTARTS + " starts: " + context + "; last console lines:\n"
                + console.substring(Math.max(0, console.length() - 3000)));
    }
}
