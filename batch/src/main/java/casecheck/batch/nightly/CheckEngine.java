package casecheck.batch.nightly;

import casecheck.check.CheckResult;
import casecheck.check.FactSet;
import casecheck.check.NotEvaluated;
import casecheck.facts.AsOf;
import casecheck.facts.DataCoverage;
import casecheck.facts.DossierDocument;
import casecheck.facts.OutcomeReason;
import java.nio.file.Path;
import java.util.List;

/**
 * What the nightly job needs from the engine, in the job's terms: list and assemble dossiers, check facts. The
 * production implementation ({@link EngineCheckEngine}) delegates to ExportTables, ExportLayout,
 * DossierAssembler and Checker; tests plug in a scripted one to exercise crashes and restarts quickly.
 *
 * <p>Implementations are thread-safe: {@link #assemble} and {@link #check} are called concurrently from the
 * worker threads of the dossier step. Heavy set-up happens once, in the constructor or lazily.
 */
public interface CheckEngine {

    /** The tables of the export (any may be missing). */
    LoadedExport load(Path exportDir) throws EngineException;

    /** The dossiers of the export (folders and zips), sorted by case id. */
    List<Path> dossiers(Path exportDir);

    /** The case id a dossier belongs to (its folder or zip name). */
    String caseIdOf(Path dossier);

    /**
     * The facts of one dossier; every document gets exactly one outcome.
     *
     * @throws EngineException only when the dossier itself cannot be opened (message in Chinese)
     */
    FactSet assemble(Path dossier, LoadedExport export) throws EngineException;

    /** The alert-level facts (all alerts, cases, coverage). */
    FactSet alerts(LoadedExport export);

    /** Runs the rules over {@code facts} as of {@code asOf}. */
    CheckResult check(FactSet facts, AsOf asOf);

    /** Run-level: rules whose required tables are missing from {@code coverage}. */
    List<NotEvaluated> notEvaluable(DataCoverage coverage);

    /**
     * The outcome of a document the job did not read (it changed after the manifest was frozen): the rules see it
     * as any unread document of its kind. The default knows no document types; the real engine recognises the
     * type from the file name, as it does for a document it cannot open.
     */
    default DossierDocument notRead(String caseId, String path, OutcomeReason reason, String detail, String sha256) {
        return new DossierDocument(caseId, null, path, null, null, reason.outcome(), reason, detail, 0, 0, sha256);
    }

    /** Masks ID and phone numbers (for paths and messages written to the store and logs). */
    String mask(String text);

    /** A key that changes whenever the engine code that turns documents into facts changes (fact cache). */
    String factModelVersion();
}
