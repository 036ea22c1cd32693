package casecheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link AssembleMain} in a child JVM with a small heap, so that memory bounds are tested for real (a test
 * that passes only because the test JVM has a big heap proves nothing). The classpath is the test JVM's own.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /** Outcomes by document path: "REASON\tcharacters". Fails the test when the child does not finish cleanly. */
    static Map<String, String> assemble(Path dossier, String heap, String mode, int timeoutSeconds, Path work)
            throws IOException, InterruptedException {
        Path out = work.resolve("outcomes-" + System.nanoTime() + ".tsv");
        Path err = work.resolve("stderr-" + System.nanoTime() + ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                AssembleMain.class.getName(), out.toString(), dossier.toString(), mode,
                Integer.toString(timeoutSeconds)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(err.toFile()).start();
        boolean done = p.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        String log = Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
        assertThat(done).as("child finished; log:%n%s", tail(log)).isTrue();
        assertThat(p.exitValue()).as("child exit; log:%n%s", tail(log)).isZero();
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 2);
            outcomes.put(f[0], f[1]);
        }
        return outcomes;
    }

    private static String tail(String log) {
        return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
    }
}
