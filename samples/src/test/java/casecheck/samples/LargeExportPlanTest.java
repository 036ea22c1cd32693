package casecheck.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmark sizes plan without a clash: a scenario repeated many times never names two documents alike. */
class LargeExportPlanTest {

    @Test
    void fiveHundredDossiersHaveUniqueDocumentPaths() {
        World w = Planner.plan(500, SampleGenerator.DEFAULT_SEED, SampleGenerator.DEFAULT_DATE);

        assertThat(w.dossiers).hasSize(500);
        for (World.Dossier d : w.dossiers) {
            Set<String> paths = new HashSet<>();
            d.docs.forEach(doc -> assertThat(paths.add(doc.path)).as(doc.path).isTrue());
        }
    }
}
