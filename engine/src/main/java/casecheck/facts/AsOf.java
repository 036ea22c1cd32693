package casecheck.facts;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * "Now" as a fact: the business date (Asia/Shanghai) and the instant deadline rules measure against.
 * Rules never read a clock; tests and reruns are therefore deterministic.
 */
public record AsOf(LocalDate date, LocalDateTime now) {

    public static AsOf endOfDay(LocalDate date) {
        return new AsOf(date, date.atTime(23, 59, 59));
    }

    public static AsOf startOfDay(LocalDate date) {
        return new AsOf(date, date.atStartOfDay());
    }
}
