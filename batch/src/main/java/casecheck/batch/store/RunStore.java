package casecheck.batch.store;

import static casecheck.batch.store.FindingsStore.date;
import static casecheck.batch.store.FindingsStore.intOrNull;
import static casecheck.batch.store.FindingsStore.timestamp;

import casecheck.facts.DocumentOutcome;
import casecheck.facts.OutcomeReason;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read API over nightly runs: the run of a date, its dossiers, the single outcome of every document and the
 * rules that could not be evaluated. Paths and details come back masked. Thread-safe.
 */
@Component
public class RunStore {

    private static final String RUN_COLUMNS = "business_date, export_dir, manifest_sha256, status, started_at, "
            + "finished_at, attempts, dossiers_total, dossiers_failed, docs_seen, docs_checked, docs_unreadable, "
            + "docs_review, alerts_checked, cache_hits";

    private final JdbcClient jdbc;

    public RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The run of that business date, if one was started. */
    public Optional<RunRecord> run(LocalDate businessDate) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM cc_run WHERE business_date = :d")
                .param("d", Date.valueOf(businessDate)).query((rs, i) -> mapRun(rs)).optional();
    }

    /** The latest COMPLETED run on or before {@code onOrBefore}. */
    public Optional<RunRecord> latestCompleted(LocalDate onOrBefore) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM cc_run WHERE status = 'COMPLETED' AND business_date <= :d "
                        + "ORDER BY business_date DESC FETCH FIRST 1 ROWS ONLY")
                .param("d", Date.valueOf(onOrBefore)).query((rs, i) -> mapRun(rs)).optional();
    }

    /**
     * Files of the export that the run's frozen manifest did not list when it completed (added or renamed after
     * the run started; not checked in that run); 0 when none or not yet counted.
     */
    public int filesNotInManifest(LocalDate businessDate) {
        return jdbc.sql("SELECT files_not_in_manifest FROM cc_run WHERE business_date = :d")
                .param("d", Date.valueOf(businessDate)).query((rs, i) -> rs.getInt(1)).optional().orElse(0);
    }

    /** All runs, newest first. */
    public List<RunRecord> runs() {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM cc_run ORDER BY business_date DESC")
                .query((rs, i) -> mapRun(rs)).list();
    }

    /** The dossiers of a run, by case id. */
    public List<DossierRecord> dossiers(LocalDate businessDate) {
        return jdbc.sql("SELECT case_id, rel_path, content_sha256, status, unit_code, docs_seen, docs_checked, "
                        + "docs_unreadable, docs_review, from_cache, detail FROM cc_dossier WHERE business_date = :d "
                        + "ORDER BY case_id")
                .param("d", Date.valueOf(businessDate))
                .query((rs, i) -> new DossierRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), intOrNull(rs, 6), intOrNull(rs, 7), intOrNull(rs, 8),
                        intOrNull(rs, 9), (Boolean) rs.getObject(10), rs.getString(11)))
                .list();
    }

    /**
     * Document outcomes of a run for {@code units} (null: all), by case and path; with {@code problemsOnly} only
     * the documents that were not simply checked (unreadable or needing review).
     */
    public List<DocumentRecord> documents(LocalDate businessDate, Collection<String> units, boolean problemsOnly) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        var spec = jdbc.sql("SELECT case_id, doc_id, doc_path, doc_type, outcome, reason, detail, pages, characters, "
                        + "sha256, unit_code FROM cc_document WHERE business_date = :d"
                        + (problemsOnly ? " AND outcome <> 'CHECKED'" : "")
                        + (units == null ? "" : " AND unit_code IN (:units)") + " ORDER BY case_id, doc_path, doc_id")
                .param("d", Date.valueOf(businessDate));
        if (units != null) {
            spec = spec.param("units", units);
        }
        return spec.query((rs, i) -> new DocumentRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), DocumentOutcome.valueOf(rs.getString(5)), OutcomeReason.valueOf(rs.getString(6)),
                rs.getString(7), intOrNull(rs, 8), intOrNull(rs, 9), rs.getString(10), rs.getString(11))).list();
    }

    /** Rules that could not be evaluated in the run: run-level ones first (caseId null), then per case. */
    public List<CoverageNote> notEvaluated(LocalDate businessDate) {
        return jdbc.sql("SELECT rule_id, case_id, lack_of FROM cc_not_evaluated WHERE business_date = :d "
                        + "ORDER BY CASE WHEN case_id = '' THEN 0 ELSE 1 END, rule_id, case_id")
                .param("d", Date.valueOf(businessDate))
                .query((rs, i) -> new CoverageNote(rs.getString(1),
                        rs.getString(2).isEmpty() ? null : rs.getString(2), rs.getString(3)))
                .list();
    }

    private static RunRecord mapRun(ResultSet rs) throws SQLException {
        return new RunRecord(date(rs, 1), rs.getString(2), rs.getString(3),
                RunRecord.RunStatus.valueOf(rs.getString(4)), timestamp(rs, 5), timestamp(rs, 6), rs.getInt(7),
                intOrNull(rs, 8), intOrNull(rs, 9), intOrNull(rs, 10), intOrNull(rs, 11), intOrNull(rs, 12),
                intOrNull(rs, 13), rs.getBoolean(14), intOrNull(rs, 15));
    }
}
