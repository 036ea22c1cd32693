package casecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data-sharing archive ({@code src/dist/bin/casecheck}). The JVM records the absolute paths of
 * the jars in a dynamic archive and silently ignores it in another directory, so a copied or moved installation (the
 * build's batch distribution is one) would lose the fast start without a word. These tests run the real launcher on a
 * small installation whose {@code casecheck.cli.Main} is a stand-in compiled here, and read from the JVM's class
 * loading log whether the main class really came from the archive.
 */
class LauncherArchiveTest {

    private static final Path LAUNCHER = Path.of("src/dist/bin/casecheck");
    private static final String FROM_ARCHIVE = "casecheck.cli.Main source: shared objects file";

    @TempDir
    Path tmp;

    private Path home;
    private Path cache;

    /** An installation: bin/casecheck, lib/casecheck-cli.jar (the stand-in Main), lib/extra.jar, lib/classpath. */
    @BeforeEach
    void install() throws IOException {
        home = tmp.resolve("casecheck");
        cache = tmp.resolve("cache");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.copy(LAUNCHER, home.resolve("bin/casecheck"));
        Path src = tmp.resolve("src/casecheck/cli/Main.java");
        Files.createDirectories(src.getParent());
        // check → 0, check bad → 2 (a usage error), anything else → 0; prints its arguments.
        Files.writeString(src, """
                package casecheck.cli;
                public class Main {
                    public static void main(String[] args) {
                        System.out.println("stand-in " + String.join(" ", args));
                        System.exit(args.length > 1 && args[1].equals("bad") ? 2 : 0);
                    }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = tmp.resolve("classes");
        assertThat(javac.run(null, null, null, "-d", classes.toString(), src.toString())).isZero();
        jar(home.resolve("lib/casecheck-cli.jar"), classes, "casecheck/cli/Main.class");
        jar(home.resolve("lib/extra.jar"), classes, null);
        Files.writeString(home.resolve("lib/classpath"), "lib/extra.jar");
    }

    @Test
    void theBuildsTrainingRunWritesAnArchiveThatLaterRunsUse() throws Exception {
        Run dump = launch(home, Map.of("CASECHECK_CDS_DUMP", "1"), "check", "x");
        assertThat(dump.exit).as(dump.output).isZero();
        assertThat(home.resolve("lib/casecheck.jsa")).isNotEmptyFile();
        assertThat(Files.readString(home.resolve("lib/casecheck.jsa.id"))).startsWith(home.toRealPath() + " ");

        Run run = launch(home, Map.of(), "check", "x");
        assertThat(run.exit).isZero();
        assertThat(run.output).contains("stand-in check x").contains(FROM_ARCHIVE);
        // Other commands use it too.
        assertThat(launch(home, Map.of(), "rules", "list").output).contains(FROM_ARCHIVE);
        // CASECHECK_CDS=off starts without it.
        assertThat(launch(home, Map.of("CASECHECK_CDS", "off"), "check", "x").output)
                .contains("stand-in check x").doesNotContain(FROM_ARCHIVE);
    }

    @Test
    void aMovedInstallationTrainsItsOwnArchiveOnItsFirstCheck() throws Exception {
        assertThat(launch(home, Map.of("CASECHECK_CDS_DUMP", "1"), "check", "x").exit).isZero();
        Path moved = tmp.resolve("elsewhere/casecheck");
        Files.createDirectories(moved.getParent());
        Files.move(home, moved);
        String before = Files.readString(moved.resolve("lib/casecheck.jsa.id"));

        // Not a check: runs without an archive (the old one names the old directory) and trains nothing.
        Run rules = launch(moved, Map.of(), "rules", "list");
        assertThat(rules.output).contains("stand-in rules list").doesNotContain(FROM_ARCHIVE);
        assertThat(Files.readString(moved.resolve("lib/casecheck.jsa.id"))).isEqualTo(before);

        // A check that ends in a usage error is not a representative run: nothing kept.
        assertThat(launch(moved, Map.of(), "check", "bad").exit).isEqualTo(2);
        assertThat(Files.readString(moved.resolve("lib/casecheck.jsa.id"))).isEqualTo(before);

        Run first = launch(moved, Map.of(), "check", "x");
        assertThat(first.exit).isZero();
        assertThat(first.output).contains("stand-in check x").doesNotContain(FROM_ARCHIVE);
        assertThat(Files.readString(moved.resolve("lib/casecheck.jsa.id"))).startsWith(moved.toRealPath() + " ");
        try (Stream<Path> left = Files.list(moved.resolve("lib"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".casecheck.jsa."));
        }

        Run second = launch(moved, Map.of(), "check", "x");
        assertThat(second.exit).isZero();
        assertThat(second.output).contains(FROM_ARCHIVE);
        assertThat(cache).doesNotExist();
    }

    @Test
    void anArchiveInTheUsersCacheServesAnInstallationThatCannotBeWritten() throws Exception {
        // Another user's read-only installation: its lib/ archive is stale (made elsewhere), and the user's cache
        // holds one made for this installation. (Whether lib/ is writable cannot be tested here: tests may run as
        // root, who can write anywhere; the launcher's choice between lib/ and the cache is `[ -w lib ]`.)
        assertThat(launch(home, Map.of("CASECHECK_CDS_DUMP", "1"), "check", "x").exit).isZero();
        String id = Files.readString(home.resolve("lib/casecheck.jsa.id"));
        Path slot = cache.resolve("casecheck").resolve(cksum(home.toRealPath().toString()));
        Files.createDirectories(slot);
        Files.copy(home.resolve("lib/casecheck.jsa"), slot.resolve("casecheck.jsa"));
        Files.writeString(slot.resolve("casecheck.jsa.id"), id);
        Files.writeString(home.resolve("lib/casecheck.jsa.id"), "/somewhere/else " + id.substring(id.indexOf(' ') + 1),
                StandardCharsets.UTF_8);
        Files.delete(home.resolve("lib/casecheck.jsa"));

        Run run = launch(home, Map.of(), "check", "x");
        assertThat(run.exit).isZero();
        assertThat(run.output).contains(FROM_ARCHIVE);
        assertThat(home.resolve("lib/casecheck.jsa")).doesNotExist();
    }

    private record Run(int exit, String output) {
    }

    private Run launch(Path installation, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("sh", installation.resolve("bin/casecheck").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("JAVA_OPTS", "-Xlog:class+load=info");
        pb.environment().remove("CASECHECK_CDS");
        pb.environment().remove("CASECHECK_CDS_DUMP");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    /** POSIX cksum (CRC-32/CKSUM over the bytes, then the length), as the launcher names its cache slot. */
    private static String cksum(String s) {
        byte[] data = s.getBytes(StandardCharsets.UTF_8);
        long crc = 0;
        for (byte b : data) {
            crc = update(crc, b & 0xFF);
        }
        for (long n = data.length; n != 0; n >>>= 8) {
            crc = update(crc, (int) (n & 0xFF));
        }
        return Long.toString(~crc & 0xFFFFFFFFL);
    }

    private static long update(long crc, int octet) {
        crc ^= (long) octet << 24;
        for (int i = 0; i < 8; i++) {
            crc = (crc & 0x80000000L) != 0 ? (crc << 1) ^ 0x04C11DB7L : crc << 1;
        }
        return crc & 0xFFFFFFFFL;
    }

    private static void jar(Path jar, Path classes, String entry) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, mf)) {
            if (entry != null) {
                j.putNextEntry(new JarEntry(entry));
                Files.copy(classes.resolve(entry), j);
                j.closeEntry();
            } else {
                j.putNextEntry(new JarEntry("README.txt"));
                j.write("placeholder".getBytes(StandardCharsets.US_ASCII));
                j.closeEntry();
            }
        }
    }
}
