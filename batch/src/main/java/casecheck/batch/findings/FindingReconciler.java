package casecheck.batch.findings;

import casecheck.batch.nightly.NightlyStore;
import casecheck.batch.store.FindingStatus;
import casecheck.batch.store.Transition;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives findings their life after a run: what the run of date D saw becomes NEW, CARRIED, REOPENED or stays
 * DISMISSED (same evidence), and open findings the run did not see become RECTIFIED on D — but only when the
 * run really looked: their case (or the alert batch) was checked, the rule could be evaluated and the cited
 * document was readable. Anything else stays open: a finding is never closed because data was missing.
 *
 * <p>Idempotent for a date: a replay computes the same transitions (a finding first seen on D is NEW on D).
 * Runs in the caller's transaction.
 */
@Component
public class FindingReconciler {

    /** What reconciliation did, by transition (RECTIFIED counted separately). */
    public record Result(Map<Transition, Integer> transitions, int rectified, int keptOpenUnverifiable) {
    }

    private final JdbcTemplate jdbc;

    public FindingReconciler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Result reconcile(LocalDate date) {
        Date d = Date.valueOf(date);
        jdbc.update("DELETE FROM cc_occurrence WHERE business_date = ? AND transition = 'UNVERIFIED'", d);
        Map<String, String[]> known = new HashMap<>();
        jdbc.query("SELECT f.fingerprint, f.status, f.evidence_hash, f.dismissed_evidence_hash, f.first_seen "
                        + "FROM cc_finding f JOIN cc_occurrence o ON o.fingerprint = f.fingerprint "
                        + "AND o.business_date = ?",
                rs -> {
                    known.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getDate(5).toLocalDate().toString()});
                }, d);
        Map<Transition, Integer> counts = new HashMap<>();
        List<Map<String, Object>> seen = jdbc.queryForList("SELECT * FROM cc_occurrence WHERE business_date = ?", d);
        for (Map<String, Object> o : seen) {
            String fp = (String) o.get("FINGERPRINT");
            String evidence = (String) o.get("EVIDENCE_HASH");
            String[] f = known.get(fp);
            Transition t;
            if (f == null) {
                insertFinding(o, date);
                t = Transition.NEW;
            } else {
                FindingStatus status = FindingStatus.valueOf(f[0]);
                LocalDate firstSeen = LocalDate.parse(f[3]);
                if (!firstSeen.isBefore(date)) {
                    t = Transition.NEW; // replay of this date's reconciliation
                    updateSnapshot(o, date, FindingStatus.OPEN);
                } else if (status == FindingStatus.DISMISSED && evidence.equals(f[2])) {
                    t = Transition.DISMISSED;
                    updateSnapshot(o, date, FindingStatus.DISMISSED);
                } else if (status == FindingStatus.DISMISSED) {
                    t = Transition.REOPENED; // the evidence changed since the dismissal
                    updateSnapshot(o, date, FindingStatus.OPEN);
                } else if (status == FindingStatus.RECTIFIED) {
                    t = Transition.REOPENED;
                    updateSnapshot(o, date, FindingStatus.OPEN);
                } else {
                    t = Transition.CARRIED;
                    updateSnapshot(o, date, FindingStatus.OPEN);
                }
            }
            jdbc.update("UPDATE cc_occurrence SET transition = ? WHERE business_date = ? AND fingerprint = ?",
                    t.name(), d, fp);
            counts.merge(t, 1, Integer::sum);
        }
        int[] rect = rectify(date);
        return new Result(counts, rect[0], rect[1]);
    }

    /** Closes open findings the run would have seen; returns {rectified, kept open because unverifiable}. */
    private int[] rectify(LocalDate date) {
        Date d = Date.valueOf(date);
        jdbc.update("DELETE FROM cc_rectified WHERE business_date = ?", d);
        Set<String> checkedCases = new HashSet<>(jdbc.queryForList(
                "SELECT case_id FROM cc_dossier WHERE business_date = ? AND status = 'CHECKED'", String.class, d));
        Boolean alertsChecked = jdbc.queryForObject("SELECT alerts_checked FROM cc_run WHERE business_date = ?",
                Boolean.class, d);
        Set<String> notEvaluatedRun = new HashSet<>();
        Set<String> notEvaluatedCase = new HashSet<>();
        jdbc.query("SELECT rule_id, case_id FROM cc_not_evaluated WHERE business_date = ?", rs -> {
            if (rs.getString(2).isEmpty()) {
                notEvaluatedRun.add(rs.getString(1));
            } else {
                notEvaluatedCase.add(rs.getString(1) + '\0' + rs.getString(2));
            }
        }, d);
        Set<String> unreadableDocs = new HashSet<>();
        jdbc.query("SELECT case_id, doc_path FROM cc_document WHERE business_date = ? AND outcome <> 'CHECKED'",
                rs -> {
                    unreadableDocs.add(rs.getString(1) + '\0' + rs.getString(2));
                }, d);
        int rectified = 0;
        int unverifiable = 0;
        List<Map<String, Object>> open = jdbc.queryForList("SELECT fingerprint, subject, rule_id, case_id, document "
                + "FROM cc_finding f WHERE (status = 'OPEN' OR (status = 'RECTIFIED' AND rectified_on = ?)) "
                + "AND NOT EXISTS (SELECT 1 FROM cc_occurrence o WHERE o.business_date = ? "
                + "AND o.fingerprint = f.fingerprint) AND first_seen < ?", d, d, d);
        for (Map<String, Object> f : open) {
            String subject = (String) f.get("SUBJECT");
            String rule = (String) f.get("RULE_ID");
            String caseId = (String) f.get("CASE_ID");
            boolean looked = NightlyStore.ALERTS_SUBJECT.equals(subject) ? Boolean.TRUE.equals(alertsChecked)
                    : checkedCases.contains(subject);
            boolean verifiable = looked && !notEvaluatedRun.contains(rule)
                    && !notEvaluatedCase.contains(rule + '\0' + caseId)
                    && !unreadableDocs.contains(subject + '\0' + f.get("DOCUMENT"));
            if (verifiable) {
                jdbc.update("UPDATE cc_finding SET status = 'RECTIFIED', rectified_on = ? WHERE fingerprint = ?",
                        d, f.get("FINGERPRINT"));
                jdbc.update("INSERT INTO cc_rectified (business_date, fingerprint) VALUES (?, ?)", d,
                        f.get("FINGERPRINT"));
                rectified++;
            } else {
                jdbc.update("INSERT INTO cc_occurrence (business_date, fingerprint, subject, rule_id, title, family, "
                        + "severity, kind, case_id, unit_code, officer, document, page, line_no, excerpt, message, "
                        + "basis, evidence_hash, transition) SELECT CAST(? AS DATE), fingerprint, subject, rule_id, "
                        + "title, family, severity, kind, case_id, unit_code, officer, document, page, line_no, "
                        + "excerpt, message, basis, evidence_hash, 'UNVERIFIED' FROM cc_finding WHERE fingerprint = ?",
                        d, f.get("FINGERPRINT"));
                unverifiable++;
            }
        }
        return new int[] {rectified, unverifiable};
    }

    private void insertFinding(Map<String, Object> o, LocalDate date) {
        jdbc.update("INSERT INTO cc_finding (fingerprint, subject, rule_id, title, family, severity, kind, case_id, "
                        + "unit_code, officer, document, page, line_no, excerpt, message, basis, evidence_hash, "
                        + "first_seen, last_seen, status) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')",
                o.get("FINGERPRINT"), o.get("SUBJECT"), o.get("RULE_ID"), o.get("TITLE"), o.get("FAMILY"),
                o.get("SEVERITY"), o.get("KIND"), o.get("CASE_ID"), o.get("UNIT_CODE"), o.get("OFFICER"),
                o.get("DOCUMENT"), o.get("PAGE"), o.get("LINE_NO"), o.get("EXCERPT"), o.get("MESSAGE"),
                o.get("BASIS"), o.get("EVIDENCE_HASH"), Date.valueOf(date), Date.valueOf(date));
    }

    /** The latest snapshot wins (message and excerpt may change, e.g. days overdue); first_seen is kept. */
    private void updateSnapshot(Map<String, Object> o, LocalDate date, FindingStatus status) {
        jdbc.update("UPDATE cc_finding SET subject = ?, title = ?, family = ?, severity = ?, kind = ?, unit_code = ?, "
                        + "officer = ?, document = ?, page = ?, line_no = ?, excerpt = ?, message = ?, basis = ?, "
                        + "evidence_hash = ?, last_seen = ?, status = ?, rectified_on = NULL WHERE fingerprint = ?",
                o.get("SUBJECT"), o.get("TITLE"), o.get("FAMILY"), o.get("SEVERITY"), o.get("KIND"),
                o.get("UNIT_CODE"), o.get("OFFICER"), o.get("DOCUMENT"), o.get("PAGE"), o.get("LINE_NO"),
                o.get("EXCERPT"), o.get("MESSAGE"), o.get("BASIS"), o.get("EVIDENCE_HASH"), Date.valueOf(date),
                status.name(), o.get("FINGERPRINT"));
    }
}
