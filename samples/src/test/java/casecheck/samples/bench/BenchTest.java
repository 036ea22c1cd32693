package casecheck.samples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark command runs end to end on a tiny export and prints every figure: real generation, the real
 * extraction floor child, a stand-in nightly child ({@link NightlyStandIn}) and a scripted CLI benchmark. It checks
 * the harness, not the speed: no figure is compared with a time.
 */
class BenchTest {

    @TempDir
    Path tmp;

    @Test
    void printsEveryFigureForATinyExportAndReusesIt() throws Exception {
        Path launcher = script("casecheck", "NIGHTLY_JVM_OPTS=\"-XX:TieredStopAtLevel=1\"\nexec \"" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "\" $JAVA_OPTS -cp \"" + System.getProperty("java.class.path") + "\" "
                + NightlyStandIn.class.getName() + " \"$@\"");
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("cli"));
        Files.move(script("bench-cli.sh", "echo \"median java -version:        40 ms\"\n"
                + "echo \"median casecheck check:     1000 ms\"\n"
                + "echo \"median CPU (user+sys) of casecheck check: 1800 ms\""), repo.resolve("cli/bench-cli.sh"));
        List<String> args = List.of("--sizes", "3", "--threads", "1", "--work", tmp.resolve("work").toString(),
                "--repo", repo.toString(), "--casecheck", launcher.toString(), "--cli-runs", "1");

        String first = run(args);

        assertThat(first).contains("-- N=3: generating the export", "generated 3 dossiers");
        assertThat(first).containsPattern("floor +wall +[\\d.]+ s +[\\d.]+ dossiers/s +[\\d.]+ documents/s +[\\d.]+ "
                + "ms/dossier +cpu +[\\d.]+ s");
        assertThat(first).containsPattern("nightly +wall +[\\d.]+ s +[\\d.]+ dossiers/s");
        assertThat(first).containsPattern("peak heap +[1-9]\\d* MB \\(max after GC \\d+ MB, \\d+ GCs\\) +peak RSS +[1-9]\\d* MB");
        assertThat(first).containsPattern("the nightly summary counts (\\d+) documents \\(floor: \\1\\)");
        assertThat(first).containsPattern("ratio nightly/floor: wall [\\d.]+ x, cpu [\\d.]+ x");
        assertThat(first).contains("== summary", "dossiers/s", "documents/s", "ms/dossier", "heap MB", "RSS MB");
        assertThat(first).contains("CLI: median casecheck check 1000 ms, median java -version 40 ms, ratio 25.0 x",
                "CLI cpu: casecheck check 1800 ms");

        assertThat(first).contains("JVM options of the nightly (launcher) and of the floor: -XX:TieredStopAtLevel=1");

        String second = run(args);
        assertThat(second).contains("-- N=3: reusing the export").doesNotContain("generating");
    }

    @Test
    void theFloorRunsWithTheOptionsTheRealLauncherGivesTheNightly() throws IOException {
        Path real = Path.of("../cli/src/dist/bin/casecheck");
        List<String> opts = Bench.launcherNightlyOptions(real);
        assertThat(opts).as("NIGHTLY_JVM_OPTS in %s", real).isNotEmpty().allMatch(o -> o.startsWith("-X"));
        assertThat(Files.readString(real)).contains("$NIGHTLY_JVM_OPTS $JAVA_OPTS");
    }

    private String run(List<String> args) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = new Bench(Bench.parse(args.toArray(String[]::new)), new PrintStream(buf, true, StandardCharsets.UTF_8))
                .run();
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        return out;
    }

    private Path script(String name, String body) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }
}
