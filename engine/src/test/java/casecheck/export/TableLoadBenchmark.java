package casecheck.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Cold and warm {@link ExportTables#load} of an export in a fresh JVM: the first load (class loading and set-up
 * included), then the median of further loads. Not a unit test (no timing assertions); run it in a new JVM per
 * figure, with the CLI's JVM options, and read the figures:
 *
 * <pre>
 * ./mvnw -q -o -pl engine test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp engine/target/test-classes:engine/target/classes:$(cat /tmp/cp.txt) \
 *      casecheck.export.TableLoadBenchmark samples/export [warm rounds=20]
 * </pre>
 */
public final class TableLoadBenchmark {

    private static final Logger LOG = Logger.getLogger(TableLoadBenchmark.class.getName());

    private TableLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path export = Path.of(args.length > 0 ? args[0] : "samples/export");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long t0 = System.nanoTime();
        ExportTables first = ExportTables.load(export);
        long cold = System.nanoTime() - t0;
        long[] warm = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            ExportTables.load(export);
            warm[i] = System.nanoTime() - s;
        }
        Arrays.sort(warm);
        LOG.info(String.format("cold %.1f ms, warm median %.1f ms (%d rounds); %d alerts, %d cases, %d units, %d venues,"
                        + " %d measures", cold / 1e6, rounds == 0 ? 0 : warm[rounds / 2] / 1e6, rounds,
                first.alerts().size(), first.cases().size(), first.units().size(), first.venues().size(),
                first.measures().size()));
    }
}
