package casecheck.batch.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The business date a scheduled job works on, computed once, in the business zone (Asia/Shanghai), from an
 * injected clock: the last day that has ended there. A server in UTC launching at 02:00 or 08:00 Shanghai time
 * therefore always means "last night" (reliability-checklist D13).
 */
public final class BusinessDay {

    private final Clock clock;
    private final ZoneId zone;

    public BusinessDay(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** Yesterday in the business zone at the clock's instant. */
    public LocalDate lastEnded() {
        return LocalDate.ofInstant(clock.instant(), zone).minusDays(1);
    }

    public ZoneId zone() { return zone; }
}
