package casecheck.samples.bench;

import casecheck.export.ExportLayout;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Stands in for {@code casecheck nightly} in {@link BenchTest} (samples cannot depend on the batch distribution):
 * a child JVM that takes the same arguments, reads every document of the export and prints the summary line the
 * benchmark reads ({@code 文书 N 份}).
 */
public final class NightlyStandIn {

    private NightlyStandIn() {
    }

    public static void main(String[] args) throws IOException {
        Path export = null;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--export")) {
                export = Path.of(args[i + 1]);
            }
        }
        long documents = 0;
        for (Path d : ExportLayout.dossiers(export)) {
            try (Stream<Path> s = Files.walk(d)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    documents += Files.readAllBytes(f).length > 0 ? 1 : 0;
                }
            }
        }
        new PrintStream(System.out, true, StandardCharsets.UTF_8).printf("文书 %d 份：已检查 %d%n", documents, documents);
    }
}
