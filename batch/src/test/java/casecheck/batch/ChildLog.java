package casecheck.batch;

import casecheck.batch.nightly.PendingDossierReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The log of a nightly run in a child JVM, as crash tests watch it. */
public final class ChildLog {

    private ChildLog() {
    }

    /** Waits until the child logs that it started checking dossiers (or exits, or 60 s pass). */
    public static void waitUntilChecking(Path dataDir, Process p) throws Exception {
        Path log = dataDir.resolve("casecheck.log");
        long offset = Files.exists(log) ? Files.size(log) : 0;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && System.nanoTime() < until) {
            if (Files.exists(log) && Files.size(log) > offset) {
                byte[] all = Files.readAllBytes(log);
                if (new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8)
                        .contains(PendingDossierReader.LOG_MARKER)) {
                    return;
                }
            }
            Thread.sleep(10);
        }
    }
}
