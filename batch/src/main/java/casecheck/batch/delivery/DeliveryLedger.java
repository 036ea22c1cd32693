package casecheck.batch.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import casecheck.privacy.Masker;

/**
 * The {@code report_delivery} table (migration V100): exactly one row per unit, business date and content hash, so
 * a rerun with the same content never mails twice, and a failed send stays visible until it succeeds. Timestamps
 * come from the injected clock. Thread-safe (the database serialises conflicting registrations).
 */
public final class DeliveryLedger {

    private static final int MAX_ERROR = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DeliveryLedger(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Delivery> find(String unitCode, LocalDate date, String contentHash) {
        return jdbc.query("SELECT * FROM report_delivery WHERE unit_code = ? AND business_date = ? AND content_hash = ?",
                DeliveryLedger::map, unitCode, date, contentHash).stream().findFirst();
    }

    /** The row for this unit, date and content, created as {@code initial} when absent. */
    public Delivery register(String unitCode, LocalDate date, String contentHash, String subject,
                             List<String> recipients, DeliveryStatus initial) {
        Optional<Delivery> existing = find(unitCode, date, contentHash);
        if (existing.isPresent()) {
            return existing.get();
        }
        Timestamp now = now();
        try {
            jdbc.update("INSERT INTO report_delivery (unit_code, business_date, content_hash, subject, recipients, "
                            + "status, attempts, last_error, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, NULL, ?, ?)",
                    unitCode, date, contentHash, Masker.mask(subject), String.join(",", recipients), initial.name(),
                    now, now);
        } catch (DuplicateKeyException raced) {
            // another process registered the same delivery first: theirs is the one
        }
        return find(unitCode, date, contentHash).orElseThrow();
    }

    public void markSent(long id) {
        jdbc.update("UPDATE report_delivery SET status = ?, attempts = attempts + 1, last_error = NULL, updated_at = ? "
                + "WHERE id = ?", DeliveryStatus.SENT.name(), now(), id);
    }

    public void markFailed(long id, String error) {
        String e = Masker.mask(error == null ? "" : error);
        jdbc.update("UPDATE report_delivery SET status = ?, attempts = attempts + 1, last_error = ?, updated_at = ? "
                        + "WHERE id = ?", DeliveryStatus.FAILED.name(), e.length() > MAX_ERROR ? e.substring(0, MAX_ERROR) : e,
                now(), id);
    }

    /** Unsent rows of the same unit and day with another content are replaced by the newer report. */
    public void supersedeOthers(String unitCode, LocalDate date, String contentHash) {
        jdbc.update("UPDATE report_delivery SET status = ?, updated_at = ? WHERE unit_code = ? AND business_date = ? "
                        + "AND content_hash <> ? AND status IN (?, ?)", DeliveryStatus.SUPERSEDED.name(), now(), unitCode,
                date, contentHash, DeliveryStatus.PENDING.name(), DeliveryStatus.FAILED.name());
    }

    /** Deliveries still to be made (pending or failed), oldest first. */
    public List<Delivery> unsent() {
        return jdbc.query("SELECT * FROM report_delivery WHERE status IN (?, ?) ORDER BY business_date, unit_code, id",
                DeliveryLedger::map, DeliveryStatus.PENDING.name(), DeliveryStatus.FAILED.name());
    }

    /** Failed deliveries of {@code unitCode} for business dates before {@code date}: the next report names them. */
    public List<Delivery> failedBefore(String unitCode, LocalDate date) {
        return jdbc.query("SELECT * FROM report_delivery WHERE unit_code = ? AND business_date < ? AND status = ? "
                + "ORDER BY business_date, id", DeliveryLedger::map, unitCode, date, DeliveryStatus.FAILED.name());
    }

    /** Every row of {@code date}, by unit: for the status summary. */
    public List<Delivery> of(LocalDate date) {
        return jdbc.query("SELECT * FROM report_delivery WHERE business_date = ? ORDER BY unit_code, id",
                DeliveryLedger::map, date);
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock));
    }

    private static Delivery map(ResultSet rs, int row) throws SQLException {
        String recipients = rs.getString("recipients");
        return new Delivery(rs.getLong("id"), rs.getString("unit_code"), rs.getObject("business_date", LocalDate.class),
                rs.getString("content_hash").strip(), rs.getString("subject"),
                recipients == null || recipients.isBlank() ? List.of() : Arrays.asList(recipients.split(",")),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"));
    }
}
