package casecheck.batch.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;

import casecheck.facts.Severity;

/**
 * How the morning report judges and dates: days after which an open finding counts as an overdue rectification
 * (per severity), the business zone and the time the report is issued on the day after its business date.
 */
public record ReportSettings(Map<Severity, Integer> overdueDays, ZoneId zone, LocalTime issueTime) {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public ReportSettings {
        EnumMap<Severity, Integer> copy = new EnumMap<>(Severity.class);
        copy.putAll(overdueDays);
        for (Severity s : Severity.values()) {
            if (!copy.containsKey(s) || copy.get(s) < 0) {
                throw new IllegalArgumentException("缺少或无效的整改期限（天）：" + s.label());
            }
        }
        overdueDays = Map.copyOf(copy);
    }

    /** Red 3 days, orange 7, yellow 15; Asia/Shanghai; issued 08:00. */
    public static ReportSettings defaults() {
        return new ReportSettings(Map.of(Severity.RED, 3, Severity.ORANGE, 7, Severity.YELLOW, 15), SHANGHAI,
                LocalTime.of(8, 0));
    }

    public int overdueDays(Severity severity) { return overdueDays.get(severity); }

    /** When the report of business date {@code date} is issued: the next morning at {@link #issueTime()}. */
    public ZonedDateTime issuedAt(LocalDate date) {
        return date.plusDays(1).atTime(issueTime).atZone(zone);
    }
}
