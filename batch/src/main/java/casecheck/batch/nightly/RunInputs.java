package casecheck.batch.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The inputs of the run in this JVM: export folder, loaded tables and frozen manifest of a business date,
 * loaded once and shared by the worker threads (a restarted JVM loads them again from the same frozen export).
 */
@Component
public class RunInputs {

    /** One date's inputs; the manifest is {@link ExportManifest#sorted sorted} for {@link ExportManifest#under}. */
    public record Inputs(LocalDate date, Path exportDir, LoadedExport export, List<ManifestEntry> manifest) {
    }

    private final CheckEngine engine;
    private final NightlyStore store;
    private Inputs current;

    public RunInputs(CheckEngine engine, NightlyStore store) {
        this.engine = engine;
        this.store = store;
    }

    /** The inputs of {@code date}; loads the tables on first use. */
    public synchronized Inputs of(LocalDate date) throws EngineException {
        if (current == null || !current.date().equals(date)) {
            Path dir = store.exportDir(date);
            current = new Inputs(date, dir, engine.load(dir), ExportManifest.sorted(store.manifest(date)));
        }
        return current;
    }
}
