package casecheck.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Writes the synthetic sample export (spec/export-format.md) and its truth files.
 *
 * <pre>
 * SampleGenerator [--out DIR] [--dossiers N] [--seed S] [--date 2026-11-22] [--expected DIR]
 * </pre>
 * {@code --out} defaults to {@code samples/export}; the truth files {@code expected-findings.csv} and
 * {@code expected-documents.csv} go to {@code --expected} (default: the parent of {@code --out}). With the default
 * number of dossiers every curated scenario appears once; a larger N repeats them with new people, numbers and
 * styles and pads each dossier to 8–12 documents (benchmarks). Same arguments, same output.
 */
public final class SampleGenerator {

    /** The seed of the committed sample export. */
    public static final long DEFAULT_SEED = 20261122L;
    /** The business date the scenarios are written against ("the night of 2026-11-22"). */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 11, 22);

    private static final System.Logger LOG = System.getLogger(SampleGenerator.class.getName());
    private static final List<String> TABLES = List.of("单位.xlsx", "场所.xlsx", "警情.xlsx", "案件.xlsx", "人员.csv", "强制措施.xlsx");

    private SampleGenerator() {
    }

    /** Options of one run. */
    public record Options(Path out, Path expected, int dossiers, long seed, LocalDate date) {
    }

    public static void main(String[] args) throws IOException {
        Options o = parse(args);
        long t0 = System.nanoTime();
        Summary s = generate(o);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        LOG.log(System.Logger.Level.INFO, String.format("写出 %d 个卷宗、%d 份文书、%d 条预期问题到 %s，用时 %d ms（%.1f 卷宗/秒）",
                s.dossiers(), s.documents(), s.findings(), o.out(), ms, s.dossiers() * 1000.0 / Math.max(1, ms)));
    }

    /** What a run wrote. */
    public record Summary(int dossiers, int documents, int findings) {
    }

    static Options parse(String[] args) {
        Path out = Path.of("samples", "export");
        Path expected = null;
        int n = Scenarios.all().size();
        long seed = DEFAULT_SEED;
        LocalDate date = DEFAULT_DATE;
        for (int i = 0; i < args.length; i++) {
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--out" -> out = Path.of(require(args[i], v));
                case "--expected" -> expected = Path.of(require(args[i], v));
                case "--dossiers" -> n = Integer.parseInt(require(args[i], v));
                case "--seed" -> seed = Long.parseLong(require(args[i], v));
                case "--date" -> date = LocalDate.parse(require(args[i], v));
                default -> throw new IllegalArgumentException("未知参数：" + args[i]
                        + "（可用：--out DIR --dossiers N --seed S --date yyyy-MM-dd --expected DIR）");
            }
            i++;
        }
        if (n < 1) {
            throw new IllegalArgumentException("--dossiers 必须大于0");
        }
        if (expected == null) {
            Path parent = out.toAbsolutePath().getParent();
            expected = parent == null ? Path.of(".") : parent;
        }
        return new Options(out, expected, n, seed, date);
    }

    private static String require(String flag, String value) {
        if (value == null) {
            throw new IllegalArgumentException(flag + " 缺少参数值");
        }
        return value;
    }

    /** Plans and writes one export; deterministic for equal options. */
    public static Summary generate(Options o) throws IOException {
        prepare(o.out());
        Files.createDirectories(o.expected());
        Path dossiers = o.out().resolve("卷宗");
        Files.createDirectories(dossiers);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // bounded hand-off: planning stays ahead of writing by a few dossiers, documents are dropped once written
        Semaphore inFlight = new Semaphore(threads * 4);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<String> documentRows = new ArrayList<>();
        World w;
        try {
            w = Planner.plan(o.dossiers(), o.seed(), o.date(), d -> {
                for (Doc doc : d.docs) {
                    documentRows.add(Csv.documentRow(d.caseId, doc));
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        ExportWriter.dossier(d, dossiers);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        d.docs.clear();
                        inFlight.release();
                    }
                });
            });
        } finally {
            pool.shutdown();
        }
        try {
            if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
                throw new IOException("写出卷宗超时");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("写出卷宗被中断", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        ExportWriter.tables(w, o.out());
        ExportWriter.truth(w, documentRows, o.expected());
        return new Summary(w.dossiers.size(), documentRows.size(), w.findings.size());
    }

    /** Clears a previous export in {@code out}, refusing to touch a folder that is not one. */
    private static void prepare(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.list(out)) {
                List<String> names = s.map(p -> p.getFileName().toString()).toList();
                if (!names.isEmpty() && !names.contains("卷宗")) {
                    throw new IOException("输出目录非空且不是样例导出目录，拒绝覆盖：" + out);
                }
            }
            Path old = out.resolve("卷宗");
            if (Files.isDirectory(old)) {
                try (Stream<Path> walk = Files.walk(old)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (String t : TABLES) {
                Files.deleteIfExists(out.resolve(t));
            }
        }
        Files.createDirectories(out);
    }
}
