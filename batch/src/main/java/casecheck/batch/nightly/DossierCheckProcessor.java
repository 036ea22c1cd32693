package casecheck.batch.nightly;

import casecheck.check.CheckResult;
import casecheck.check.FactSet;
import casecheck.check.Finding;
import casecheck.facts.AsOf;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DossierDocument;
import casecheck.facts.OutcomeReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.stereotype.Component;

/**
 * Checks one dossier: facts from the cache when the dossier and its table rows are unchanged, otherwise from
 * the assembler; then the rules as of the business date (so deadline rules re-evaluate every night). Never
 * throws for a bad dossier: a dossier that cannot be opened becomes a FAILED result whose files are recorded as
 * unreadable documents, so every document of the export ends with exactly one outcome. Runs on worker threads.
 */
@Component
public class DossierCheckProcessor implements ItemProcessor<PendingDossier, DossierResult>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(DossierCheckProcessor.class);

    private final CheckEngine engine;
    private final RunInputs inputs;
    private final NightlyStore store;
    private final FactSetCodec codec = new FactSetCodec();

    public DossierCheckProcessor(CheckEngine engine, RunInputs inputs, NightlyStore store) {
        this.engine = engine;
        this.inputs = inputs;
        this.store = store;
    }

    /**
     * Loads (and on a restart verifies) the run's inputs before the first dossier, so that a table changed since the
     * manifest was frozen fails the step with its own message rather than inside a chunk.
     */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        try {
            inputs.of(stepExecution.getJobParameters().getLocalDate(NightlyJobConfiguration.BUSINESS_DATE));
        } catch (EngineException e) {
            throw new NightlyFailure("无法读取导出的表格：" + engine.mask(String.valueOf(e.getMessage())));
        }
    }

    @Override
    public DossierResult process(PendingDossier item) throws Exception {
        RunInputs.Inputs in = inputs.of(item.businessDate());
        Path dossier = in.exportDir().resolve(item.relPath());
        List<ManifestEntry> files = ExportManifest.under(in.manifest(), item.relPath());
        String unit = in.export().unitOf(item.caseId());
        // The case id is part of the key: facts carry it, and two dossiers without table rows may hold identical files.
        String key = Sha256.of(engine.factModelVersion() + '\0' + item.caseId() + '\0' + item.contentSha256() + '\0'
                + in.export().tableSliceKey(item.caseId()));
        try {
            FactSet facts = null;
            boolean fromCache = false;
            Optional<String> cached = store.cached(key);
            if (cached.isPresent()) {
                facts = codec.decode(cached.get()).orElse(null);
                fromCache = facts != null;
            }
            String payload = null;
            if (facts == null) {
                facts = engine.assemble(dossier, in.export());
                boolean folder = !(files.size() == 1 && files.get(0).path().equals(item.relPath()));
                if (folder && FrozenDossier.of(item.relPath(), files).drifted(facts.documents())) {
                    facts = assembleFrozen(item, dossier, files, facts, in.export());
                } else if (!folder && zipChanged(dossier, files)) {
                    return zipChangedResult(item, unit, key, files);
                } else {
                    payload = codec.encode(facts).orElse(null);
                }
            }
            CheckResult result = engine.check(facts, AsOf.endOfDay(item.businessDate()));
            List<DocumentRow> docs = documents(item, result.documents(), files);
            Map<String, String> shaByPath = new HashMap<>();
            result.documents().forEach(d -> shaByPath.put(d.path(), d.sha256()));
            List<String> evidence = result.findings().stream().map(f -> evidenceHash(f, shaByPath)).toList();
            if (unit == null) {
                unit = result.findings().stream().map(Finding::unitCode).filter(u -> u != null).findFirst()
                        .orElse(null);
            }
            return new DossierResult(item.businessDate(), item.caseId(), unit, false, null, docs, result.findings(),
                    evidence, result.notEvaluated(), fromCache, key, payload);
        } catch (EngineException | IOException | RuntimeException e) {
            // One dossier's failure must not stop the run: record it, with a masked message, and go on.
            boolean unopenable = e instanceof EngineException;
            boolean gone = !Files.exists(dossier, LinkOption.NOFOLLOW_LINKS);
            String detail = gone ? FrozenDossier.GONE : engine.mask(String.valueOf(e.getMessage()));
            log.warn("卷宗 {} 无法检查（{}）：{}", engine.mask(item.caseId()), unopenable ? "无法打开" : "程序异常", detail);
            OutcomeReason reason = gone ? OutcomeReason.INPUT_CHANGED : !unopenable ? OutcomeReason.PARSER_CRASH
                    : item.relPath().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                    ? OutcomeReason.ARCHIVE_CORRUPT : OutcomeReason.DOCUMENT_CORRUPT;
            List<DocumentRow> docs = new ArrayList<>();
            for (ManifestEntry f : files) {
                docs.add(new DocumentRow(Sha256.of(item.caseId() + '\0' + f.path()).substring(0, 16),
                        engine.mask(relativeTo(item.relPath(), f.path())), null, reason.outcome(), reason,
                        detail, null, null, f.sha256()));
            }
            return new DossierResult(item.businessDate(), item.caseId(), unit, true, detail, docs, List.of(),
                    List.of(), List.of(), false, null, null);
        }
    }

    /**
     * The dossier changed after the manifest was frozen (checklist A11): checks a staged copy of the manifest files
     * that are still as frozen; a changed or vanished file is recorded as INPUT_CHANGED (it takes part in the rules
     * as an unread document, like one that cannot be opened); an added file is left for the next run. The facts
     * are not cached: they describe part of the frozen content only.
     */
    private FactSet assembleFrozen(PendingDossier item, Path dossier, List<ManifestEntry> files, FactSet read,
                                   LoadedExport export) throws IOException, EngineException {
        FrozenDossier frozen = FrozenDossier.of(item.relPath(), files);
        Path staging = Files.createTempDirectory("casecheck-frozen-");
        try {
            FrozenDossier.Staged staged = frozen.stage(dossier, staging, read.documents());
            FactSet facts = engine.assemble(staged.dossier(), export);
            List<DossierDocument> docs = new ArrayList<>(facts.documents());
            staged.changed().forEach((path, why) -> docs.add(engine.notRead(item.caseId(), path,
                    OutcomeReason.INPUT_CHANGED, why, frozen.sha256(path))));
            docs.addAll(staged.links());
            if (!staged.changed().isEmpty()) {
                log.warn("卷宗 {}：{} 个文件在运行开始后被改动、改名或删除，未检查，记为需人工复核",
                        engine.mask(item.caseId()), staged.changed().size());
            }
            if (!staged.added().isEmpty()) {
                log.warn("卷宗 {}：{} 个文件不在运行开始时固定的清单内（新增或改名），本次未检查",
                        engine.mask(item.caseId()), staged.added().size());
            }
            return new FactSet(facts.subject(), facts.facts(), docs, facts.coverage());
        } finally {
            FrozenDossier.delete(staging);
        }
    }

    /** A zipped dossier is one manifest file: true when it is no longer the file the manifest hashed. */
    private static boolean zipChanged(Path zip, List<ManifestEntry> files) throws IOException {
        return !Files.isRegularFile(zip, LinkOption.NOFOLLOW_LINKS)
                || !Sha256.of(zip).equalsIgnoreCase(files.get(0).sha256());
    }

    /** A changed zipped dossier: one INPUT_CHANGED record for the archive, nothing checked from its new content. */
    private DossierResult zipChangedResult(PendingDossier item, String unit, String key, List<ManifestEntry> files) {
        ManifestEntry zip = files.get(0);
        String path = relativeTo(item.relPath(), zip.path());
        log.warn("卷宗 {}：压缩包在运行开始后被改动，未检查，记为需人工复核", engine.mask(item.caseId()));
        DocumentRow row = new DocumentRow(Sha256.of(item.caseId() + '\0' + zip.path()).substring(0, 16),
                engine.mask(path), null, OutcomeReason.INPUT_CHANGED.outcome(), OutcomeReason.INPUT_CHANGED,
                FrozenDossier.CHANGED, null, null, zip.sha256());
        return new DossierResult(item.businessDate(), item.caseId(), unit, false, null, List.of(row), List.of(),
                List.of(), List.of(), false, key, null);
    }

    /**
     * The engine's document outcomes, completed from the manifest: a file of a folder dossier the engine did not
     * report is recorded as unreadable (nothing silent), and a document whose content differs from the frozen
     * manifest is marked INPUT_CHANGED (the export changed during the run).
     */
    private List<DocumentRow> documents(PendingDossier item, List<DossierDocument> reported,
                                        List<ManifestEntry> files) {
        Map<String, ManifestEntry> frozen = new HashMap<>();
        boolean folder = !(files.size() == 1 && files.get(0).path().equals(item.relPath()));
        if (folder) {
            files.forEach(f -> frozen.put(relativeTo(item.relPath(), f.path()), f));
        }
        List<DocumentRow> out = new ArrayList<>();
        Set<String> seenIds = new HashSet<>();
        Set<String> seenPaths = new HashSet<>();
        for (DossierDocument d : reported) {
            String docId = d.docId() != null && seenIds.add(d.docId()) ? d.docId()
                    : Sha256.of(item.caseId() + '\0' + d.path() + '\0' + seenIds.size()).substring(0, 16);
            seenIds.add(docId);
            seenPaths.add(d.path());
            ManifestEntry m = frozen.get(d.path());
            DocumentOutcome outcome = d.outcome() == null ? DocumentOutcome.UNREADABLE : d.outcome();
            OutcomeReason reason = d.reason() == null
                    ? (outcome == DocumentOutcome.CHECKED ? OutcomeReason.NONE : OutcomeReason.PARSER_CRASH)
                    : d.reason();
            String detail = d.detail() == null ? null : engine.mask(d.detail());
            if (m != null && d.sha256() != null && !m.sha256().equalsIgnoreCase(d.sha256())) {
                reason = OutcomeReason.INPUT_CHANGED;
                outcome = reason.outcome();
                detail = FrozenDossier.CHANGED;
            }
            out.add(new DocumentRow(docId, engine.mask(d.path()), d.type() == null ? null : d.type().name(),
                    outcome, reason, detail, d.pages(), d.characters(), d.sha256()));
        }
        for (Map.Entry<String, ManifestEntry> f : frozen.entrySet()) {
            if (!seenPaths.contains(f.getKey())) {
                String docId = Sha256.of(item.caseId() + '\0' + f.getKey()).substring(0, 16);
                out.add(new DocumentRow(docId, engine.mask(f.getKey()), null, DocumentOutcome.UNREADABLE,
                        OutcomeReason.UNSUPPORTED_FORMAT, "检查程序未读取该文件", null, null, f.getValue().sha256()));
            }
        }
        return out;
    }

    /** What a dismissal is bound to: the rule, where, the excerpt and the cited document's content. */
    static String evidenceHash(Finding f, Map<String, String> shaByPath) {
        String docSha = f.document() == null ? "" : shaByPath.getOrDefault(f.document(), "");
        return Sha256.of(f.ruleId() + '\0' + f.caseId() + '\0' + f.document() + '\0' + f.page() + '\0'
                + f.excerpt() + '\0' + (docSha == null ? "" : docSha));
    }

    private static String relativeTo(String dossierRel, String path) {
        return path.equals(dossierRel) ? path.substring(path.lastIndexOf('/') + 1)
                : path.substring(dossierRel.length() + 1);
    }
}
