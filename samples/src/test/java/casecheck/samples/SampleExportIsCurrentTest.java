package casecheck.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed export (samples/export and the two truth files) is exactly what the generator writes today:
 * change a scenario, regenerate (samples/README.md), commit both.
 */
class SampleExportIsCurrentTest {

    static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    static final Path EXPORT = MODULE.resolve("export");

    @Test
    void regeneratingGivesTheCommittedExport(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("export");
        SampleGenerator.generate(new SampleGenerator.Options(out, tmp, Scenarios.all().size(),
                SampleGenerator.DEFAULT_SEED, SampleGenerator.DEFAULT_DATE));

        for (String truth : new String[] {"expected-findings.csv", "expected-documents.csv"}) {
            assertThat(Files.readString(tmp.resolve(truth))).as(truth)
                    .isEqualTo(Files.readString(MODULE.resolve(truth)));
        }
        Map<String, String> fresh = ExportText.of(out);
        Map<String, String> committed = ExportText.of(EXPORT);
        assertThat(fresh.keySet()).containsExactlyElementsOf(committed.keySet());
        for (Map.Entry<String, String> e : committed.entrySet()) {
            assertThat(fresh.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
    }
}
