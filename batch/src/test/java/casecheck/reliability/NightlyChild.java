package casecheck.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code casecheck nightly} (the real engine, the real H2 store) in a child JVM, as the scheduler would. The
 * child gets its own temp directory, so that what it leaves behind can be inspected (checklist E6/E10); its output
 * is appended to {@code console.log} in the data directory's sibling {@code <data>.out}.
 */
final class NightlyChild {

    static final String BUSINESS_DATE = "2026-11-22";

    private NightlyChild() {
    }

    static Process start(Path export, Path data, String... extraArgs) throws IOException {
        Path tmp = Files.createDirectories(tmpOf(data));
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Djava.io.tmpdir=" + tmp, "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC",
                "-cp", mainClasspath(),
                "casecheck.batch.BatchMain", "nightly", "--export", export.toString(), "--date", BUSINESS_DATE,
                "--data-dir", data.toString(), "--threads", "2"));
        cmd.addAll(List.of(extraArgs));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleOf(data).toFile())).start();
    }

    /**
     * The test JVM's classpath without the test classes: the child must run the production wiring (the real
     * engine), not the scripted engine a test configuration would contribute through component scanning.
     */
    static String mainClasspath() {
        List<String> kept = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!e.replace('\\', '/').endsWith("/test-classes") && !e.replace('\\', '/').endsWith("/test-classes/")) {
                kept.add(e);
            }
        }
        return String.join(java.io.File.pathSeparator, kept);
    }

    static Path tmpOf(Path data) {
        return data.resolveSibling(data.getFileName() + ".tmp");
    }

    static Path consoleOf(Path data) {
        return data.resolveSibling(data.getFileName() + ".out");
    }
}
