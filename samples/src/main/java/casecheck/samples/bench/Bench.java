package casecheck.samples.bench;

import casecheck.samples.SampleGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark command (issue 9): for each size N it generates (or reuses) a deterministic export, measures the
 * floor (plain Tika extraction, {@link ExtractionFloor}) and the full nightly job ({@code casecheck nightly --report}
 * of the distribution: extraction, analysis, rules, a fresh H2 store, morning reports), both as child JVMs on the same number of threads, then the CLI start-up through
 * {@code cli/bench-cli.sh}; it prints wall time, dossiers/s, documents/s, ms/dossier, peak heap and RSS and the
 * ratios. Started by {@code samples/bench.sh}; figures, not a test.
 *
 * <pre>
 * Bench [--sizes 500,2000[,10000]] [--threads N] [--work DIR] [--seed S] [--date D] [--repo DIR]
 *       [--casecheck LAUNCHER] [--cli-runs R] [--no-cli | --cli-only] [--jvm-opts "…"] [--regenerate] [--profile]
 * </pre>
 */
public final class Bench {

    private static final Pattern FLOOR_LINE = Pattern.compile(
            "floor dossiers=(\\d+) documents=(\\d+) failed=(\\d+) chars=(\\d+) extractMs=(\\d+)");
    private static final Pattern NIGHTLY_DOCS = Pattern.compile("文书 (\\d+) 份");
    private static final Pattern CLI_MEDIAN = Pattern.compile(
            "median (java -version|casecheck check|CPU \\(user\\+sys\\) of casecheck check):\\s+(\\d+) ms");

    /** Options of one benchmark run. */
    record Options(List<Integer> sizes, int threads, Path work, long seed, LocalDate date, Path repo, Path launcher,
                   int cliRuns, boolean cli, List<String> jvmOpts, boolean regenerate, boolean profile, boolean cliOnly) {
    }

    /** The measured figures of one size. */
    record Row(int dossiers, long documents, ChildRun floor, ChildRun nightly) {
    }

    private final Options o;
    private final PrintStream out;

    Bench(Options o, PrintStream out) {
        this.o = o;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        // The benchmark's product is the printed figures, so it writes to stdout.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(new Bench(parse(args), out).run());
    }

    static Options parse(String[] args) {
        List<Integer> sizes = List.of(500, 2000);
        int threads = Runtime.getRuntime().availableProcessors();
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "casecheck-bench");
        long seed = SampleGenerator.DEFAULT_SEED;
        LocalDate date = SampleGenerator.DEFAULT_DATE;
        Path repo = Path.of("").toAbsolutePath();
        Path launcher = null;
        int cliRuns = 11;
        boolean cli = true;
        List<String> jvmOpts = List.of();
        boolean regenerate = false;
        boolean profile = false;
        boolean cliOnly = false;
        for (int i = 0; i < args.length; i++) {
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(need(args[i], v).split(",")).map(String::strip)
                        .map(Integer::parseInt).toList();
                case "--threads" -> threads = Integer.parseInt(need(args[i], v));
                case "--work" -> work = Path.of(need(args[i], v));
                case "--seed" -> seed = Long.parseLong(need(args[i], v));
                case "--date" -> date = LocalDate.parse(need(args[i], v));
                case "--repo" -> repo = Path.of(need(args[i], v)).toAbsolutePath();
                case "--casecheck" -> launcher = Path.of(need(args[i], v)).toAbsolutePath();
                case "--cli-runs" -> cliRuns = Integer.parseInt(need(args[i], v));
                case "--jvm-opts" -> jvmOpts = Arrays.stream(need(args[i], v).trim().split("\\s+"))
                        .filter(s -> !s.isEmpty()).toList();
                case "--no-cli" -> {
                    cli = false;
                    continue;
                }
                case "--regenerate" -> {
                    regenerate = true;
                    continue;
                }
                case "--profile" -> {
                    profile = true;
                    continue;
                }
                case "--cli-only" -> {
                    cliOnly = true;
                    continue;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see samples/bench.sh)");
            }
            i++;
        }
        if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1) || threads < 1) {
            throw new IllegalArgumentException("--sizes and --threads must be positive");
        }
        if (launcher == null) {
            launcher = repo.resolve("batch/target/casecheck/bin/casecheck");
        }
        return new Options(sizes, threads, work.toAbsolutePath(), seed, date, repo, launcher, cliRuns, cli, jvmOpts,
                regenerate, profile, cliOnly);
    }

    private static String need(String flag, String value) {
        if (value == null) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return value;
    }

    int run() throws Exception {
        out.println("== casecheck benchmark ==");
        out.printf("machine: %d cores, %s, load average at start %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), load());
        out.printf("threads: %d (floor and nightly)   nightly: %s   work dir: %s%n", o.threads(), o.launcher(), o.work());
        out.printf("JVM options of the nightly (launcher) and of the floor: %s%s%n",
                String.join(" ", launcherNightlyOptions(o.launcher())),
                o.jvmOpts().isEmpty() ? "" : "; both also: " + String.join(" ", o.jvmOpts()));
        if (!o.cliOnly() && !Files.isExecutable(o.launcher())) {
            out.println("missing " + o.launcher() + ": build the distribution first (see samples/bench.sh)");
            return 2;
        }
        List<Row> rows = new ArrayList<>();
        Path typical = null;
        for (int n : o.sizes()) {
            Path export = export(n);
            if (o.cliOnly()) {
                typical = typicalDossier(export);
                break;
            }
            Row row = measure(n, export);
            if (row == null) {
                return 1;
            }
            rows.add(row);
            if (typical == null || n == 2000) {
                typical = typicalDossier(export);
            }
        }
        Map<String, Long> cli = o.cli() ? cli(typical) : Map.of();
        summary(rows, cli);
        return 0;
    }

    /** The export of size {@code n}: reused when a previous run generated it with the same parameters. */
    Path export(int n) throws IOException {
        Path dir = o.work().resolve("n" + n + "-seed" + o.seed() + "-" + o.date());
        Path marker = dir.resolve("generated.properties");
        Properties want = new Properties();
        want.setProperty("dossiers", Integer.toString(n));
        want.setProperty("seed", Long.toString(o.seed()));
        want.setProperty("date", o.date().toString());
        if (!o.regenerate() && Files.exists(marker)) {
            Properties had = new Properties();
            try (var r = Files.newBufferedReader(marker)) {
                had.load(r);
            }
            if (had.equals(want)) {
                out.printf("%n-- N=%d: reusing the export %s%n", n, dir.resolve("export"));
                return dir.resolve("export");
            }
        }
        out.printf("%n-- N=%d: generating the export into %s …%n", n, dir.resolve("export"));
        deleteTree(dir);
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        SampleGenerator.Summary s = SampleGenerator.generate(new SampleGenerator.Options(dir.resolve("export"), dir, n,
                o.seed(), o.date()));
        out.printf("   generated %d dossiers, %d documents in %.1f s%n", s.dossiers(), s.documents(),
                (System.nanoTime() - t0) / 1e9);
        try (var w = Files.newBufferedWriter(marker)) {
            want.store(w, "casecheck benchmark export, complete");
        }
        return dir.resolve("export");
    }

    private static final Pattern NIGHTLY_OPTS_LINE = Pattern.compile("(?m)^NIGHTLY_JVM_OPTS=\"([^\"]*)\"");

    /**
     * The JVM options the launcher gives the nightly job (its {@code NIGHTLY_JVM_OPTS} line): the floor runs with
     * the same ones, so that the ratio compares the work and not the JIT settings.
     */
    static List<String> launcherNightlyOptions(Path launcher) {
        try {
            Matcher m = NIGHTLY_OPTS_LINE.matcher(Files.readString(launcher, StandardCharsets.UTF_8));
            return m.find() && !m.group(1).isBlank() ? List.of(m.group(1).trim().split("\\s+")) : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private Row measure(int n, Path export) throws IOException, InterruptedException {
        Path runDir = o.work().resolve("runs").resolve("n" + n);
        deleteTree(runDir);
        Files.createDirectories(runDir);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> floorCmd = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8"));
        floorCmd.addAll(launcherNightlyOptions(o.launcher()));
        floorCmd.addAll(o.jvmOpts());
        floorCmd.add(ChildRun.gcLogOption(runDir.resolve("floor-gc.log")));
        floorCmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ExtractionFloor.class.getName(),
                export.toString(), Integer.toString(o.threads())));
        out.printf("   (a) floor: Tika text extraction only … (load %s)%n", load());
        ChildRun floor = ChildRun.run(floorCmd, Map.of(), runDir.resolve("floor.out"), runDir.resolve("floor.err"),
                runDir.resolve("floor-gc.log"));
        if (!floor.ok()) {
            out.println("floor run failed (exit " + floor.exitCode() + "):\n" + floor.errorTail());
            return null;
        }
        Matcher fm = FLOOR_LINE.matcher(Files.readString(floor.stdout()));
        if (!fm.find()) {
            out.println("floor run printed no result line: " + floor.stdout());
            return null;
        }
        long documents = Long.parseLong(fm.group(2));
        line("floor", n, documents, floor);
        out.printf("       in-process extraction %d ms of %d ms; %s chars; %s documents failed to parse%n",
                Long.parseLong(fm.group(5)), floor.wallMs(), fm.group(4), fm.group(3));

        List<String> nightlyCmd = List.of(o.launcher().toString(), "nightly", "--export", export.toString(),
                "--date", o.date().toString(), "--data-dir", runDir.resolve("data").toString(),
                "--threads", Integer.toString(o.threads()), "--report");
        Map<String, String> env = new LinkedHashMap<>();
        List<String> opts = new ArrayList<>(o.jvmOpts());
        opts.add(ChildRun.gcLogOption(runDir.resolve("nightly-gc.log")));
        if (o.profile()) {
            // Sampling at JFR's default settings (20 ms) costs about 1 %; read with `jfr print --events ExecutionSample`.
            opts.add("-XX:StartFlightRecording=filename=" + runDir.resolve("nightly.jfr") + ",settings=default");
        }
        env.put("JAVA_OPTS", String.join(" ", opts));
        out.printf("   (b) full nightly job, fresh H2 store … (load %s)%n", load());
        ChildRun nightly = ChildRun.run(nightlyCmd, env, runDir.resolve("nightly.out"), runDir.resolve("nightly.err"),
                runDir.resolve("nightly-gc.log"));
        if (!nightly.ok()) {
            out.println("nightly run failed (exit " + nightly.exitCode() + "):\n" + nightly.errorTail());
            return null;
        }
        line("nightly", n, documents, nightly);
        Matcher nm = NIGHTLY_DOCS.matcher(Files.readString(nightly.stdout(), StandardCharsets.UTF_8));
        out.printf("       the nightly summary counts %s documents (floor: %d); output in %s%n",
                nm.find() ? nm.group(1) : "?", documents, nightly.stdout());
        out.printf(Locale.ROOT, "   ratio nightly/floor: wall %.2f x, cpu %.2f x   (target <= 1.5 x)   load %s%n",
                (double) nightly.wallMs() / floor.wallMs(), (double) nightly.cpuMs() / Math.max(1, floor.cpuMs()),
                load());
        deleteTree(runDir.resolve("data")); // the H2 store of a 10 000-dossier run is large; the logs stay
        return new Row(n, documents, floor, nightly);
    }

    private void line(String what, int n, long documents, ChildRun r) {
        double s = r.wallMs() / 1000.0;
        out.printf(Locale.ROOT, "       %-8s wall %8.1f s   %7.2f dossiers/s   %7.1f documents/s   %7.1f ms/dossier"
                        + "   cpu %8.1f s (%.1f ms/dossier)%n",
                what, s, n / s, documents / s, r.wallMs() / (double) n, r.cpuMs() / 1000.0, r.cpuMs() / (double) n);
        out.printf(Locale.ROOT, "       %-8s peak heap %5d MB (max after GC %d MB, %d GCs)   peak RSS %5d MB"
                        + "   cpu-bound %.2f dossiers/s (upper bound: the child alone on %d threads)%n",
                "", r.heap().peakUsedMb(), r.heap().peakLiveMb(), r.heap().collections(), r.peakRssKb() / 1024,
                n * o.threads() * 1000.0 / Math.max(1, r.cpuMs()), o.threads());
    }

    /** A typical dossier for the CLI: a folder with 8–12 documents, nearest to 10. */
    static Path typicalDossier(Path export) throws IOException {
        Path best = null;
        long bestDistance = Long.MAX_VALUE;
        try (Stream<Path> s = Files.list(export.resolve("卷宗"))) {
            for (Path d : s.filter(Files::isDirectory).sorted().toList()) {
                long docs;
                try (Stream<Path> f = Files.walk(d)) {
                    docs = f.filter(Files::isRegularFile).count();
                }
                long distance = Math.abs(docs - 10);
                if (docs >= 8 && docs <= 12 && distance < bestDistance) {
                    best = d;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** Runs {@code cli/bench-cli.sh} (the CLI engineer's start-up benchmark) and reads its two medians. */
    private Map<String, Long> cli(Path dossier) throws IOException, InterruptedException {
        Path script = o.repo().resolve("cli/bench-cli.sh");
        out.printf("%n-- CLI: %d cold `casecheck check` runs next to `java -version` (%s) … (load %s)%n", o.cliRuns(),
                script, load());
        if (!Files.exists(script) || dossier == null) {
            out.println("   skipped: " + (dossier == null ? "no dossier with 8-12 documents" : "no " + script));
            return Map.of();
        }
        Process p = new ProcessBuilder("sh", script.toString(), dossier.toString(), Integer.toString(o.cliRuns()))
                .redirectErrorStream(true).start();
        Map<String, Long> medians = new LinkedHashMap<>();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        for (String l : text.split("\n")) {
            out.println("   " + l);
            Matcher m = CLI_MEDIAN.matcher(l);
            if (m.find()) {
                medians.put(m.group(1), Long.parseLong(m.group(2)));
            }
        }
        return medians;
    }

    private void summary(List<Row> rows, Map<String, Long> cli) {
        out.printf("%n== summary (threads %d, load average now %s) ==%n", o.threads(), load());
        out.println("wall = elapsed seconds; cpu = user+system seconds of the child; b/a = nightly / floor; "
                + "heap and RSS of the nightly child");
        out.printf("%6s %9s %8s %9s %6s %8s %9s %6s %10s %11s %10s %10s %9s %8s%n", "N", "documents", "floor s",
                "nightly s", "b/a", "floor cpu", "night cpu", "b/a cpu", "dossiers/s", "documents/s", "ms/dossier",
                "cpu ms/d", "heap MB", "RSS MB");
        for (Row r : rows) {
            double fs = r.floor().wallMs() / 1000.0;
            double ns = r.nightly().wallMs() / 1000.0;
            double fc = r.floor().cpuMs() / 1000.0;
            double nc = r.nightly().cpuMs() / 1000.0;
            out.printf(Locale.ROOT, "%6d %9d %8.1f %9.1f %6.2f %8.1f %9.1f %6.2f %10.2f %11.1f %10.1f %10.1f %9d %8d%n",
                    r.dossiers(), r.documents(), fs, ns, ns / fs, fc, nc, nc / Math.max(0.001, fc), r.dossiers() / ns,
                    r.documents() / ns, r.nightly().wallMs() / (double) r.dossiers(),
                    r.nightly().cpuMs() / (double) r.dossiers(), r.nightly().heap().peakUsedMb(),
                    r.nightly().peakRssKb() / 1024);
        }
        out.println("targets: b/a <= 1.5; >= 20 dossiers/s at N=2000; ms/dossier flat from 500 to 10000; "
                + "peak heap <= 1024 MB at 10000");
        Long jv = cli.get("java -version");
        Long cc = cli.get("casecheck check");
        if (jv != null && cc != null) {
            out.printf(Locale.ROOT, "CLI: median casecheck check %d ms, median java -version %d ms, ratio %.1f x "
                    + "(targets <= 1500 ms and <= 45 x)%n", cc, jv, cc / (double) Math.max(1, jv));
        } else {
            out.println("CLI: not measured");
        }
        Long cpuCheck = cli.get("CPU (user+sys) of casecheck check");
        if (cpuCheck != null) {
            out.printf(Locale.ROOT, "CLI cpu: casecheck check %d ms user+system per cold run (median)%n", cpuCheck);
        }
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
