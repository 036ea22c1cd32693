package casecheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import casecheck.batch.BusinessDate;
import casecheck.batch.store.DatabaseTarget;
import casecheck.privacy.Masker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checklist §2.D (D2, D4, D11, D13) and §2.E (E1, E2, E6) against the real nightly job in child JVMs. One clean run
 * is shared: its store is the reference, its logs and metadata are the canary's hunting ground.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchFaultsTest {

    @TempDir
    static Path dir;

    private Path export;
    private Path cleanData;
    private RunSnapshot clean;
    private long cleanMillis;
    private Set<Long> listeningInodesSeen = new HashSet<>();

    @BeforeAll
    void cleanRun() throws Exception {
        export = CrashExport.write(dir.resolve("export"));
        cleanData = dir.resolve("clean");
        long t0 = System.nanoTime();
        Process p = NightlyChild.start(export, cleanData);
        // E1: sampled while the run is live, the child holds no listening socket (no H2 console, TCP or PG server).
        while (!p.waitFor(300, TimeUnit.MILLISECONDS)) {
            listeningInodesSeen.addAll(ListeningSockets.of(p.pid()));
        }
        cleanMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertThat(p.exitValue()).as(console(cleanData)).isZero();
        clean = RunSnapshot.of(cleanData);
        clean.assertComplete();
    }

    private static String console(Path data) throws IOException {
        Path c = NightlyChild.consoleOf(data);
        return Files.exists(c) ? Files.readString(c, StandardCharsets.UTF_8) : "";
    }

    @Test
    @Tag("E1")
    @DisplayName("E1 the batch JVM never listens on a socket and has no servlet stack on its classpath")
    void e1NoListeningSockets() {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "Linux /proc");
        assertThat(listeningInodesSeen).isEmpty();
        assertThatThrownBy(() -> Class.forName("jakarta.servlet.Servlet")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.apache.catalina.startup.Tomcat"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    @Tag("E2")
    @DisplayName("E2 database URLs that run scripts, use JNDI or leave the allow-list are refused before connecting")
    void e2HostileUrls() {
        for (String url : List.of("jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://example.invalid/x.sql'",
                "jdbc:h2:file:/tmp/x;INIT=RUNSCRIPT FROM 'http://example.invalid/x.sql'",
                "jdbc:h2:file:/tmp/x;init=runscript from 'x'", "jdbc:h2:file:/tmp/x;IGNORE_UNKNOWN_SETTINGS=TRUE",
                "jdbc:h2:tcp://example.invalid/x", "jdbc:h2:file:/tmp/x;AUTO_SERVER=TRUE",
                "jdbc:postgresql://h/db?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext",
                "jdbc:postgresql://h/db?preferQueryMode=simple", "java:comp/env/jdbc/x", "jdbc:hsqldb:mem:x")) {
            assertThatThrownBy(() -> DatabaseTarget.check(url)).as(url).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @Tag("D13")
    @DisplayName("D13 the business date is computed once in Asia/Shanghai: 15:59:59Z is still the day, 16:00:00Z the next")
    void d13BusinessDateBoundary() {
        assertThat(BusinessDate.today(Clock.fixed(Instant.parse("2026-11-22T15:59:59Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(BusinessDate.today(Clock.fixed(Instant.parse("2026-11-22T16:00:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    @Tag("D11")
    @DisplayName("D11 re-running a completed date changes nothing: same store, no second completed execution")
    void d11RerunOfACompletedDate() throws Exception {
        Path data = copyOfClean("rerun");
        Process p = NightlyChild.start(export, data);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(console(data)).isZero();
        RunSnapshot after = RunSnapshot.of(data);
        after.assertComplete();
        after.assertSameAs(clean, "a re-run of a completed date");
    }

    @Test
    @Tag("D2")
    @DisplayName("D2 SIGTERM mid-run: the process ends, nothing is left running, and a restart completes exactly")
    void d2Sigterm() throws Exception {
        Path data = dir.resolve("sigterm");
        Process p = NightlyChild.start(export, data);
        if (!p.waitFor(cleanMillis * 2 / 3, TimeUnit.MILLISECONDS)) {
            p.destroy();
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("a SIGTERM ends the run").isTrue();
        }
        Process restart = NightlyChild.start(export, data);
        assertThat(restart.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(restart.exitValue()).as(console(data)).isZero();
        RunSnapshot after = RunSnapshot.of(data);
        after.assertComplete();
        after.assertSameAs(clean, "SIGTERM and restart");
    }

    @Test
    @Tag("D4")
    @DisplayName("D4 three simultaneous launches and three simultaneous restarts: one runs, the others are refused")
    void d4ConcurrentLaunches() throws Exception {
        Path data = dir.resolve("concurrent");
        List<Integer> codes = launchTogether(data, 3);
        assertThat(codes.stream().filter(c -> c == 0).count()).as("codes %s; %s", codes, console(data))
                .isGreaterThanOrEqualTo(1);
        assertThat(codes).as("codes %s; %s", codes, console(data)).allMatch(c -> c == 0 || c == 3);
        RunSnapshot first = RunSnapshot.of(data);
        first.assertComplete();
        first.assertSameAs(clean, "three simultaneous launches");

        Path data2 = dir.resolve("concurrent-restart");
        Process p = NightlyChild.start(export, data2);
        if (!p.waitFor(cleanMillis / 2, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
        }
        List<Integer> again = launchTogether(data2, 3);
        assertThat(again).as("codes %s; %s", again, console(data2)).allMatch(c -> c == 0 || c == 3).contains(0);
        RunSnapshot second = RunSnapshot.of(data2);
        second.assertComplete();
        second.assertSameAs(clean, "a kill and three simultaneous restarts");
    }

    private List<Integer> launchTogether(Path data, int n) throws Exception {
        List<Process> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ps.add(NightlyChild.start(export, data));
        }
        List<Integer> codes = new ArrayList<>();
        for (Process p : ps) {
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
            codes.add(p.exitValue());
        }
        return codes;
    }

    @Test
    @Tag("E6")
    @DisplayName("E6 canary: no unmasked ID or phone number in logs, console, BATCH_* metadata, run diagnostics or temp files")
    void e6Canary() throws Exception {
        List<String> places = new ArrayList<>();
        places.add("console\n" + console(cleanData));
        try (Stream<Path> s = Files.walk(cleanData)) {
            for (Path f : s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".log")).toList()) {
                places.add(f.getFileName() + "\n" + Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        try (Stream<Path> s = Files.walk(NightlyChild.tmpOf(cleanData))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                places.add("temp file " + f + "\n" + new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        try (Connection c = RunSnapshot.open(cleanData)) {
            for (String table : RunSnapshot.rows(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME LIKE 'BATCH_%'")) {
                // Columns joined by " | ": a tab would chain single-digit columns into something number-shaped.
                places.add(table + "\n" + String.join("\n", RunSnapshot.rows(c, "SELECT * FROM " + table, " | ")));
            }
            places.add("cc_run\n" + String.join("\n", RunSnapshot.rows(c, "SELECT * FROM cc_run", " | ")));
            places.add("cc_dossier.detail\n" + String.join("\n", RunSnapshot.rows(c, "SELECT detail FROM cc_dossier")));
            places.add("cc_document.detail\n" + String.join("\n", RunSnapshot.rows(c,
                    "SELECT detail FROM cc_document")));
        }
        assertThat(places).hasSizeGreaterThan(4);
        // The JUnit temp directory is named "junit-" + a random unsigned long: one run in twenty that name has
        // 15 or 18 digits and is number-shaped. It is the harness's path, not data, so it is taken out first.
        String root = dir.toAbsolutePath().toString();
        String realRoot = dir.toRealPath().toString();
        for (String raw : places) {
            String place = raw.replace(realRoot, "<tmp>").replace(root, "<tmp>");
            assertThat(place).as("unmasked canary in %s", place.lines().findFirst().orElse(""))
                    .doesNotContain(CrashExport.ID_CANARY).doesNotContain(CrashExport.PHONE_CANARY);
            assertThat(Masker.containsPersonalNumber(place.substring(place.indexOf('\n') + 1)))
                    .as("a personal number in %s", place.lines().findFirst().orElse("")).isFalse();
        }
    }

    private Path copyOfClean(String name) throws IOException {
        Path target = dir.resolve(name);
        try (Stream<Path> s = Files.walk(cleanData)) {
            for (Path src : s.toList()) {
                Path t = target.resolve(cleanData.relativize(src).toString());
                if (Files.isDirectory(src)) {
                    Files.createDirectories(t);
                } else if (!src.getFileName().toString().endsWith(".lock")) {
                    Files.copy(src, t);
                }
            }
        }
        return target;
    }
}
