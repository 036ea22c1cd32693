package casecheck.batch.store;

import casecheck.check.FindingKind;
import casecheck.facts.Severity;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read API over findings and their life, for the morning report and the {@code findings} command, plus the one
 * write a person makes: dismissal.
 *
 * <p>{@code units}: the unit codes to include (e.g. a unit's subtree from {@link UnitDirectory#subtree}); null
 * means every unit, an empty collection means none. All values are bound parameters (checklist E3).
 * Thread-safe.
 */
@Component
public class FindingsStore {

    static final String FINDING_COLUMNS = "f.fingerprint, f.subject, f.rule_id, f.title, f.family, f.severity, "
            + "f.kind, f.case_id, f.unit_code, f.officer, f.document, f.page, f.line_no, f.excerpt, f.message, "
            + "f.basis, f.evidence_hash, f.first_seen, f.last_seen, f.status, f.rectified_on, f.dismissed_by, "
            + "f.dismissed_at, f.dismiss_reason";

    // Most serious first: severity names do not sort by seriousness.
    private static final String ORDER = " ORDER BY f.unit_code, CASE f.severity WHEN 'RED' THEN 0 WHEN 'ORANGE' "
            + "THEN 1 ELSE 2 END, f.case_id, f.rule_id, f.document, f.page, f.fingerprint";

    private final JdbcClient jdbc;

    public FindingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Findings open after the run of {@code date}, with their age: new, carried over or reopened that night, and
     * open ones the run could not verify ({@link Transition#UNVERIFIED}, e.g. their document was unreadable).
     */
    public List<StoredFinding> openOn(LocalDate date, Collection<String> units) {
        return byTransition(date, units, "o.transition IN ('NEW', 'CARRIED', 'REOPENED', 'UNVERIFIED')");
    }

    /** Findings first seen (or reopened) by the run of {@code date}. */
    public List<StoredFinding> newOn(LocalDate date, Collection<String> units) {
        return byTransition(date, units, "o.transition IN ('NEW', 'REOPENED')");
    }

    /** Findings the run of {@code date} saw but that stay dismissed (same evidence). */
    public List<StoredFinding> dismissedSeenOn(LocalDate date, Collection<String> units) {
        return byTransition(date, units, "o.transition = 'DISMISSED'");
    }

    /** Findings closed by the run of {@code date}: gone while their case was checked. */
    public List<StoredFinding> rectifiedOn(LocalDate date, Collection<String> units) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        var spec = jdbc.sql("SELECT " + FINDING_COLUMNS + " FROM cc_rectified r JOIN cc_finding f "
                        + "ON f.fingerprint = r.fingerprint WHERE r.business_date = :date"
                        + (units == null ? "" : " AND f.unit_code IN (:units)") + ORDER)
                .param("date", Date.valueOf(date));
        if (units != null) {
            spec = spec.param("units", units);
        }
        return spec.query((rs, i) -> map(rs, null)).list();
    }

    /**
     * Per run date in {@code [from, to]} and severity: open, new and rectified counts (dates without a run are
     * absent; severities without findings that day are absent).
     */
    public List<DailyCount> dailyCounts(LocalDate from, LocalDate to, Collection<String> units) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        String unitFilter = units == null ? "" : " AND o.unit_code IN (:units)";
        Map<LocalDate, Map<Severity, int[]>> acc = new TreeMap<>();
        var occ = jdbc.sql("SELECT o.business_date, o.severity, o.transition, COUNT(*) AS n FROM cc_occurrence o "
                        + "WHERE o.business_date BETWEEN :from AND :to AND o.transition IS NOT NULL" + unitFilter
                        + " GROUP BY o.business_date, o.severity, o.transition")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to));
        if (units != null) {
            occ = occ.param("units", units);
        }
        occ.query(rs -> {
            int[] c = slot(acc, rs.getDate(1).toLocalDate(), Severity.valueOf(rs.getString(2)));
            Transition t = Transition.valueOf(rs.getString(3));
            int n = rs.getInt(4);
            if (t.open()) {
                c[0] += n;
            }
            if (t == Transition.NEW || t == Transition.REOPENED) {
                c[1] += n;
            }
        });
        var rect = jdbc.sql("SELECT r.business_date, f.severity, COUNT(*) FROM cc_rectified r JOIN cc_finding f "
                        + "ON f.fingerprint = r.fingerprint WHERE r.business_date BETWEEN :from AND :to"
                        + (units == null ? "" : " AND f.unit_code IN (:units)")
                        + " GROUP BY r.business_date, f.severity")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to));
        if (units != null) {
            rect = rect.param("units", units);
        }
        rect.query(rs -> {
            slot(acc, rs.getDate(1).toLocalDate(), Severity.valueOf(rs.getString(2)))[2] += rs.getInt(3);
        });
        List<DailyCount> out = new ArrayList<>();
        acc.forEach((d, bySeverity) -> bySeverity.forEach((s, c) -> out.add(new DailyCount(d, s, c[0], c[1], c[2]))));
        return out;
    }

    /** Findings by current status (null: any) and units, most serious first; at most {@code limit}. */
    public List<StoredFinding> list(FindingStatus status, Collection<String> units, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        var spec = jdbc.sql("SELECT " + FINDING_COLUMNS + " FROM cc_finding f WHERE 1 = 1"
                        + (status == null ? "" : " AND f.status = :status")
                        + (units == null ? "" : " AND f.unit_code IN (:units)") + ORDER
                        + " FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit);
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        if (units != null) {
            spec = spec.param("units", units);
        }
        return spec.query((rs, i) -> map(rs, null)).list();
    }

    /** The finding with this fingerprint, or the only one whose fingerprint starts with it (at least 6 chars). */
    public Optional<StoredFinding> find(String fingerprint) {
        List<StoredFinding> found = jdbc.sql("SELECT " + FINDING_COLUMNS + " FROM cc_finding f "
                        + "WHERE f.fingerprint = :fp")
                .param("fp", fingerprint).query((rs, i) -> map(rs, null)).list();
        if (!found.isEmpty() || fingerprint.length() < 6) {
            return found.stream().findFirst();
        }
        found = jdbc.sql("SELECT " + FINDING_COLUMNS + " FROM cc_finding f WHERE f.fingerprint LIKE :fp "
                        + "ESCAPE '!' FETCH FIRST 2 ROWS ONLY")
                .param("fp", fingerprint.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                .query((rs, i) -> map(rs, null)).list();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * Dismisses a finding: records who, when and why, and the evidence it was dismissed for. A later run keeps
     * it dismissed while its evidence hash is unchanged and reopens it when the evidence changes.
     *
     * @throws IllegalArgumentException (Chinese message) when there is no such finding or the input is blank
     */
    @Transactional
    public StoredFinding dismiss(String fingerprint, String reason, String by, LocalDateTime at) {
        if (reason == null || reason.isBlank() || by == null || by.isBlank()) {
            throw new IllegalArgumentException("排除必须注明理由（--reason）和操作人（--by）");
        }
        StoredFinding f = find(fingerprint)
                .orElseThrow(() -> new IllegalArgumentException("没有找到编号为 " + fingerprint + " 的问题"));
        jdbc.sql("UPDATE cc_finding SET status = 'DISMISSED', dismissed_by = :by, dismissed_at = :at, "
                        + "dismiss_reason = :reason, dismissed_evidence_hash = evidence_hash WHERE fingerprint = :fp")
                .param("by", by.strip()).param("at", Timestamp.valueOf(at)).param("reason", reason.strip())
                .param("fp", f.fingerprint()).update();
        return find(f.fingerprint()).orElseThrow();
    }

    private List<StoredFinding> byTransition(LocalDate date, Collection<String> units, String condition) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        // The run's own snapshot (o.*) wins for what was seen that night; the life (first seen, status) comes from f.
        var spec = jdbc.sql("SELECT o.fingerprint, o.subject, o.rule_id, o.title, o.family, o.severity, o.kind, "
                        + "o.case_id, o.unit_code, o.officer, o.document, o.page, o.line_no, o.excerpt, o.message, "
                        + "o.basis, o.evidence_hash, f.first_seen, f.last_seen, f.status, f.rectified_on, "
                        + "f.dismissed_by, f.dismissed_at, f.dismiss_reason, o.transition "
                        + "FROM cc_occurrence o JOIN cc_finding f ON f.fingerprint = o.fingerprint "
                        + "WHERE o.business_date = :date AND " + condition
                        + (units == null ? "" : " AND o.unit_code IN (:units)")
                        + " ORDER BY o.unit_code, CASE o.severity WHEN 'RED' THEN 0 WHEN 'ORANGE' THEN 1 ELSE 2 END, "
                        + "o.case_id, o.rule_id, o.document, o.page, o.fingerprint")
                .param("date", Date.valueOf(date));
        if (units != null) {
            spec = spec.param("units", units);
        }
        return spec.query((rs, i) -> map(rs, Transition.valueOf(rs.getString(25)))).list();
    }

    private static int[] slot(Map<LocalDate, Map<Severity, int[]>> acc, LocalDate d, Severity s) {
        return acc.computeIfAbsent(d, k -> new EnumMap<>(Severity.class)).computeIfAbsent(s, k -> new int[3]);
    }

    static StoredFinding map(ResultSet rs, Transition transition) throws SQLException {
        return new StoredFinding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), Severity.valueOf(rs.getString(6)), FindingKind.valueOf(rs.getString(7)),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), intOrNull(rs, 12),
                intOrNull(rs, 13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
                date(rs, 18), date(rs, 19), FindingStatus.valueOf(rs.getString(20)), date(rs, 21),
                rs.getString(22), timestamp(rs, 23), rs.getString(24), transition);
    }

    static Integer intOrNull(ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static LocalDate date(ResultSet rs, int col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    static LocalDateTime timestamp(ResultSet rs, int col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toLocalDateTime();
    }
}
