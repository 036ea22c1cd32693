package casecheck.batch.nightly;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.stereotype.Component;

/**
 * Step 1: freezes the export (sorted paths, sizes, SHA-256) and the list of dossiers into the database, loads
 * the tables and refreshes the unit tree. On a restart the frozen manifest is kept, so the run sees the export
 * it started with. One transaction: a crash leaves nothing half-frozen.
 */
@Component
public class FreezeManifestTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FreezeManifestTasklet.class);

    private final CheckEngine engine;
    private final NightlyStore store;
    private final RunInputs inputs;

    public FreezeManifestTasklet(CheckEngine engine, NightlyStore store, RunInputs inputs) {
        this.engine = engine;
        this.store = store;
        this.inputs = inputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        LocalDate date = chunkContext.getStepContext().getStepExecution().getJobParameters()
                .getLocalDate(NightlyJobConfiguration.BUSINESS_DATE);
        Path exportDir = store.exportDir(date);
        if (!store.manifestFrozen(date)) {
            List<ManifestEntry> entries;
            try {
                entries = ExportManifest.scan(exportDir);
            } catch (IOException e) {
                throw new NightlyFailure("无法读取导出目录：" + engine.mask(String.valueOf(e.getMessage())));
            }
            store.freezeManifest(date, entries);
            log.info("业务日期 {}：导出清单已固定，共 {} 个文件", date, entries.size());
        }
        if (!store.dossiersRegistered(date)) {
            List<ManifestEntry> manifest = ExportManifest.sorted(store.manifest(date));
            List<PendingDossier> dossiers = new ArrayList<>();
            for (Path d : engine.dossiers(exportDir)) {
                String rel = ExportManifest.relative(exportDir, d);
                List<ManifestEntry> files = ExportManifest.under(manifest, rel);
                dossiers.add(new PendingDossier(date, engine.caseIdOf(d), rel, ExportManifest.hash(
                        files.stream().map(f -> new ManifestEntry(f.path().substring(rel.length()), f.size(),
                                f.sha256())).toList())));
            }
            store.registerDossiers(date, dossiers);
            log.info("业务日期 {}：共 {} 个卷宗待检查", date, dossiers.size());
        }
        try {
            store.upsertUnits(inputs.of(date).export().units(), date);
        } catch (EngineException e) {
            throw new NightlyFailure("无法读取导出的表格：" + engine.mask(String.valueOf(e.getMessage())));
        }
        return RepeatStatus.FINISHED;
    }
}
