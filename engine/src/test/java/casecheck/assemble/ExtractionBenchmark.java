package casecheck.assemble;

import casecheck.check.FactSet;
import casecheck.export.ExportLayout;
import casecheck.export.ExportTables;
import casecheck.facts.DossierDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * Extraction throughput on an export: documents/s and characters/s over all dossiers, after warm-up. Not a unit test
 * (no timing assertions); run it and read the figures:
 *
 * <pre>
 * ./mvnw -q -o -pl engine test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp engine/target/test-classes:engine/target/classes:$(cat /tmp/cp.txt) \
 *      casecheck.assemble.ExtractionBenchmark samples/export [threads=2] [rounds=3]
 * </pre>
 */
public final class ExtractionBenchmark {

    private static final Logger LOG = Logger.getLogger(ExtractionBenchmark.class.getName());

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path export = Path.of(args.length > 0 ? args[0] : "samples/export");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long t0 = System.nanoTime();
        DossierAssembler.warmUp();
        DossierAssembler assembler = new DossierAssembler();
        ExportTables tables = ExportTables.load(export);
        List<Path> dossiers = ExportLayout.dossiers(export);
        LOG.info(String.format("预热与读表：%d ms，%d 个卷宗，%d 线程，%d 轮", (System.nanoTime() - t0) / 1_000_000,
                dossiers.size(), threads, rounds));
        run(assembler, tables, dossiers, threads);
        for (int r = 1; r <= rounds; r++) {
            long start = System.nanoTime();
            long[] totals = run(assembler, tables, dossiers, threads);
            double s = (System.nanoTime() - start) / 1e9;
            LOG.info(String.format("第%d轮：%d 份文书，%d 字符，%.2f s → %.1f 文书/秒，%.0f 字符/秒，%.1f 卷宗/秒", r, totals[0],
                    totals[1], s, totals[0] / s, totals[1] / s, dossiers.size() / s));
        }
    }

    private static long[] run(DossierAssembler a, ExportTables tables, List<Path> dossiers, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<FactSet>> fs = new ArrayList<>();
            for (Path d : dossiers) {
                fs.add(pool.submit(() -> a.assemble(d, tables)));
            }
            long docs = 0;
            long chars = 0;
            for (Future<FactSet> f : fs) {
                for (DossierDocument d : f.get().documents()) {
                    docs++;
                    chars += d.characters();
                }
            }
            return new long[] {docs, chars};
        } finally {
            pool.shutdownNow();
        }
    }
}
