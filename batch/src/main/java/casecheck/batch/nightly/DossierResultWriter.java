package casecheck.batch.nightly;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/** Writes checked dossiers in the chunk's transaction (the same one that commits the step's metadata). */
@Component
public class DossierResultWriter implements ItemWriter<DossierResult> {

    private final NightlyStore store;

    public DossierResultWriter(NightlyStore store) {
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends DossierResult> chunk) {
        for (DossierResult r : chunk) {
            store.saveDossier(r);
        }
    }
}
