package casecheck.batch.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    /**
     * The tables (the files at the top of an export folder) must still be the ones the manifest froze: a restart
     * reads them again from disk, and rules checked against rewritten tables would mix two exports (A11). Documents
     * are protected per dossier by the processor; a changed table stops the run with a clear message instead.
     */
    private void verifyTables(Path dir, List<ManifestEntry> manifest) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        for (ManifestEntry e : manifest) {
            if (e.path().indexOf('/') >= 0) {
                continue;
            }
            Path f = dir.resolve(e.path());
            String now;
            try {
                now = Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) ? Sha256.of(f) : null;
            } catch (IOException ex) {
                now = null;
            }
            if (now == null || !now.equalsIgnoreCase(e.sha256())) {
                throw new NightlyFailure("导出表格 " + engine.mask(e.path()) + " 在运行开始后被" + (now == null ? "删除或改名"
                        : "改动") + "；本次运行以开始时固定的清单为准，不能用改动后的表格继续。请恢复原文件后重新运行，"
                        + "或以新的业务日期检查新的导出");
            }
        }
    }

    /** The inputs of {@code date}; loads the tables on first use. */
    public synchronized Inputs of(LocalDate date) throws EngineException {
        if (current == null || !current.date().equals(date)) {
            Path dir = store.exportDir(date);
            List<ManifestEntry> manifest = store.manifest(date);
            verifyTables(dir, manifest);
            current = new Inputs(date, dir, engine.load(dir), ExportManifest.sorted(manifest));
        }
        return current;
    }
}
