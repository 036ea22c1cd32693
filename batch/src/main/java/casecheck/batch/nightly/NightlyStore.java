package casecheck.batch.nightly;

import casecheck.check.Finding;
import casecheck.check.NotEvaluated;
import casecheck.facts.Unit;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The nightly job's writes. Every write is idempotent per natural key (delete-then-insert per run and subject,
 * insert-if-absent for shared keys), so a step replayed after a crash leaves the same rows as a clean run.
 * Callers provide the transaction (the chunk or tasklet transaction of the step).
 */
@Component
public class NightlyStore {

    /** Subject of alert-level findings (the alert batch), as opposed to a case id. */
    public static final String ALERTS_SUBJECT = "警情";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public NightlyStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Records a launch for the date. A first launch creates the run; a relaunch of an unfinished run adds an
     * attempt and must name the same export.
     *
     * @throws IllegalStateException (Chinese) when the date's run used another export
     */
    public void startRun(LocalDate date, Path exportDir, LocalDateTime now) {
        String dir = exportDir.toAbsolutePath().normalize().toString();
        Optional<String> previous = jdbc.sql("SELECT export_dir FROM cc_run WHERE business_date = :d")
                .param("d", Date.valueOf(date)).query(String.class).optional();
        if (previous.isEmpty()) {
            jdbc.sql("INSERT INTO cc_run (business_date, export_dir, status, started_at, attempts, alerts_checked) "
                            + "VALUES (:d, :dir, 'RUNNING', :now, 1, FALSE)")
                    .param("d", Date.valueOf(date)).param("dir", dir).param("now", Timestamp.valueOf(now)).update();
        } else if (!previous.get().equals(dir)) {
            throw new IllegalStateException("业务日期 " + date + " 的运行已使用另一个导出目录；同一业务日期只能检查同一份导出");
        } else {
            jdbc.sql("UPDATE cc_run SET attempts = attempts + 1, status = 'RUNNING' WHERE business_date = :d")
                    .param("d", Date.valueOf(date)).update();
        }
    }

    public void failRun(LocalDate date) {
        jdbc.sql("UPDATE cc_run SET status = 'FAILED' WHERE business_date = :d AND status = 'RUNNING'")
                .param("d", Date.valueOf(date)).update();
    }

    public Path exportDir(LocalDate date) {
        return Path.of(jdbc.sql("SELECT export_dir FROM cc_run WHERE business_date = :d")
                .param("d", Date.valueOf(date)).query(String.class).single());
    }

    public boolean manifestFrozen(LocalDate date) {
        return jdbc.sql("SELECT manifest_sha256 FROM cc_run WHERE business_date = :d")
                .param("d", Date.valueOf(date)).query(String.class).optional().isPresent();
    }

    public void freezeManifest(LocalDate date, List<ManifestEntry> entries) {
        template.update("DELETE FROM cc_manifest WHERE business_date = ?", Date.valueOf(date));
        List<Object[]> rows = new ArrayList<>();
        entries.forEach(e -> rows.add(new Object[] {Date.valueOf(date), e.path(), e.size(), e.sha256()}));
        template.batchUpdate("INSERT INTO cc_manifest (business_date, path, size_bytes, sha256) VALUES (?, ?, ?, ?)",
                rows);
        jdbc.sql("UPDATE cc_run SET manifest_sha256 = :h WHERE business_date = :d")
                .param("h", ExportManifest.hash(entries)).param("d", Date.valueOf(date)).update();
    }

    public List<ManifestEntry> manifest(LocalDate date) {
        return jdbc.sql("SELECT path, size_bytes, sha256 FROM cc_manifest WHERE business_date = :d ORDER BY path")
                .param("d", Date.valueOf(date))
                .query((rs, i) -> new ManifestEntry(rs.getString(1), rs.getLong(2), rs.getString(3))).list();
    }

    /** Records how many files of the export the frozen manifest does not list (checklist A11). */
    public void recordFilesNotInManifest(LocalDate date, int count) {
        jdbc.sql("UPDATE cc_run SET files_not_in_manifest = :n WHERE business_date = :d")
                .param("n", count).param("d", Date.valueOf(date)).update();
    }

    /** Registers the run's dossiers as PENDING (replacing an earlier, uncommitted-elsewhere registration). */
    public void registerDossiers(LocalDate date, List<PendingDossier> dossiers) {
        template.update("DELETE FROM cc_dossier WHERE business_date = ?", Date.valueOf(date));
        List<Object[]> rows = new ArrayList<>();
        dossiers.forEach(d -> rows.add(new Object[] {Date.valueOf(date), d.caseId(), d.relPath(),
                d.contentSha256()}));
        template.batchUpdate("INSERT INTO cc_dossier (business_date, case_id, rel_path, content_sha256, status) "
                + "VALUES (?, ?, ?, ?, 'PENDING')", rows);
        jdbc.sql("UPDATE cc_run SET dossiers_total = :n WHERE business_date = :d")
                .param("n", dossiers.size()).param("d", Date.valueOf(date)).update();
    }

    public boolean dossiersRegistered(LocalDate date) {
        return jdbc.sql("SELECT dossiers_total FROM cc_run WHERE business_date = :d")
                .param("d", Date.valueOf(date)).query(Integer.class).optional().isPresent();
    }

    public List<PendingDossier> pending(LocalDate date) {
        return jdbc.sql("SELECT case_id, rel_path, content_sha256 FROM cc_dossier "
                        + "WHERE business_date = :d AND status = 'PENDING' ORDER BY case_id")
                .param("d", Date.valueOf(date))
                .query((rs, i) -> new PendingDossier(date, rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Dossiers of the run: total and done (checked or failed). */
    public int[] dossierProgress(LocalDate date) {
        return jdbc.sql("SELECT COUNT(*), SUM(CASE WHEN status <> 'PENDING' THEN 1 ELSE 0 END) FROM cc_dossier "
                        + "WHERE business_date = :d")
                .param("d", Date.valueOf(date)).query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    public void upsertUnits(List<Unit> units, LocalDate date) {
        for (Unit u : units) {
            template.update("DELETE FROM cc_unit WHERE code = ?", u.code());
            template.update("INSERT INTO cc_unit (code, name, parent_code, unit_level, chief, chief_email, leader, "
                            + "leader_email, legal_officer, legal_officer_email, updated_on) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    u.code(), u.name(), u.parentCode(), u.level() == null ? null : u.level().name(), u.chief(),
                    u.chiefEmail(), u.leader(), u.leaderEmail(), u.legalOfficer(), u.legalOfficerEmail(),
                    Date.valueOf(date));
        }
    }

    /** Stores one dossier's outcome, replacing whatever an interrupted earlier attempt left for it. */
    public void saveDossier(DossierResult r) {
        Date d = Date.valueOf(r.businessDate());
        template.update("DELETE FROM cc_document WHERE business_date = ? AND case_id = ?", d, r.caseId());
        template.update("DELETE FROM cc_occurrence WHERE business_date = ? AND subject = ?", d, r.caseId());
        template.update("DELETE FROM cc_not_evaluated WHERE business_date = ? AND case_id = ?", d, r.caseId());
        List<Object[]> docs = new ArrayList<>();
        for (DocumentRow doc : r.documents()) {
            docs.add(new Object[] {d, r.caseId(), doc.docId(), doc.path(), doc.type(), doc.outcome().name(),
                    doc.reason().name(), doc.detail(), doc.pages(), doc.characters(), doc.sha256(), r.unitCode()});
        }
        template.batchUpdate("INSERT INTO cc_document (business_date, case_id, doc_id, doc_path, doc_type, outcome, "
                + "reason, detail, pages, characters, sha256, unit_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                docs);
        insertOccurrences(r.businessDate(), r.caseId(), r.unitCode(), r.findings(), r.evidenceHashes());
        insertNotEvaluated(r.businessDate(), r.notEvaluated());
        template.update("UPDATE cc_dossier SET status = ?, unit_code = ?, docs_seen = ?, docs_checked = ?, "
                        + "docs_unreadable = ?, docs_review = ?, from_cache = ?, detail = ? "
                        + "WHERE business_date = ? AND case_id = ?",
                r.failed() ? "FAILED" : "CHECKED", r.unitCode(), r.documents().size(),
                r.count(casecheck.facts.DocumentOutcome.CHECKED), r.count(casecheck.facts.DocumentOutcome.UNREADABLE),
                r.count(casecheck.facts.DocumentOutcome.NEEDS_REVIEW), r.fromCache(), r.detail(), d, r.caseId());
        if (r.cacheKey() != null && r.cachePayload() != null) {
            putCache(r.cacheKey(), r.caseId(), r.cachePayload(), r.businessDate());
        } else if (r.fromCache()) {
            touchCache(r.cacheKey(), r.businessDate());
        }
    }

    /** Stores the alert-level check of the run, replacing an earlier attempt's. */
    public void saveAlerts(LocalDate date, List<Finding> findings, List<String> evidence,
                           List<NotEvaluated> notEvaluated) {
        Date d = Date.valueOf(date);
        template.update("DELETE FROM cc_occurrence WHERE business_date = ? AND subject = ?", d, ALERTS_SUBJECT);
        template.update("DELETE FROM cc_not_evaluated WHERE business_date = ? AND (case_id = '' OR case_id IN "
                + "(SELECT DISTINCT case_id FROM cc_not_evaluated n WHERE n.business_date = ? AND NOT EXISTS "
                + "(SELECT 1 FROM cc_dossier x WHERE x.business_date = ? AND x.case_id = n.case_id)))", d, d, d);
        insertOccurrences(date, ALERTS_SUBJECT, null, findings, evidence);
        insertNotEvaluated(date, notEvaluated);
        template.update("UPDATE cc_run SET alerts_checked = TRUE WHERE business_date = ?", d);
    }

    /** {@code unit}: the subject's unit from the tables, for findings the engine could not attribute. */
    private void insertOccurrences(LocalDate date, String subject, String unit, List<Finding> findings,
                                   List<String> evidence) {
        Date d = Date.valueOf(date);
        Set<String> present = existingFingerprints(date, findings.stream().map(Finding::fingerprint).toList());
        Map<String, Object[]> rows = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (present.contains(f.fingerprint()) || rows.containsKey(f.fingerprint())) {
                continue; // the same finding reached through another subject or twice: one row per run
            }
            rows.put(f.fingerprint(), new Object[] {d, f.fingerprint(), subject, f.ruleId(), f.title(), f.family(),
                    f.severity().name(), f.kind().name(), f.caseId(), f.unitCode() != null ? f.unitCode() : unit, f.officer(), f.document(),
                    f.page(), f.line(), f.excerpt(), f.message(), f.legalBasis(), evidence.get(i)});
        }
        template.batchUpdate("INSERT INTO cc_occurrence (business_date, fingerprint, subject, rule_id, title, family, "
                + "severity, kind, case_id, unit_code, officer, document, page, line_no, excerpt, message, basis, "
                + "evidence_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new ArrayList<>(rows.values()));
    }

    private Set<String> existingFingerprints(LocalDate date, Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT fingerprint FROM cc_occurrence WHERE business_date = :d "
                        + "AND fingerprint IN (:fps)")
                .param("d", Date.valueOf(date)).param("fps", fingerprints).query(String.class).list());
    }

    private void insertNotEvaluated(LocalDate date, List<NotEvaluated> notEvaluated) {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        for (NotEvaluated n : notEvaluated) {
            String caseId = n.caseId() == null ? "" : n.caseId();
            rows.putIfAbsent(n.ruleId() + '\0' + caseId,
                    new Object[] {Date.valueOf(date), n.ruleId(), caseId, n.lackOf(), Date.valueOf(date),
                            n.ruleId(), caseId});
        }
        for (Object[] row : rows.values()) {
            template.update("INSERT INTO cc_not_evaluated (business_date, rule_id, case_id, lack_of) "
                    + "SELECT ?, ?, ?, ? FROM cc_run WHERE business_date = ? AND NOT EXISTS (SELECT 1 FROM "
                    + "cc_not_evaluated x WHERE x.business_date = cc_run.business_date AND x.rule_id = ? "
                    + "AND x.case_id = ?)", row);
        }
    }

    public Optional<String> cached(String key) {
        return jdbc.sql("SELECT payload FROM cc_fact_cache WHERE cache_key = :k").param("k", key)
                .query(String.class).optional();
    }

    private void putCache(String key, String caseId, String payload, LocalDate date) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM cc_fact_cache WHERE cache_key = :k").param("k", key)
                .query(Integer.class).single() > 0;
        if (exists) {
            template.update("UPDATE cc_fact_cache SET used_on = ? WHERE cache_key = ?", Date.valueOf(date), key);
        } else {
            template.update("INSERT INTO cc_fact_cache (cache_key, case_id, created_on, used_on, payload) "
                    + "VALUES (?, ?, ?, ?, ?)", key, caseId, Date.valueOf(date), Date.valueOf(date), payload);
        }
    }

    /** Marks cache entries reused by a run (so that old entries can be pruned by date). */
    public void touchCache(String key, LocalDate date) {
        template.update("UPDATE cc_fact_cache SET used_on = ? WHERE cache_key = ?", Date.valueOf(date), key);
    }

    /** Drops cache entries not used since {@code before}. */
    public int pruneCache(LocalDate before) {
        return template.update("DELETE FROM cc_fact_cache WHERE used_on < ?", Date.valueOf(before));
    }
}
