package casecheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** §0.4 date arithmetic: start day not counted, holiday extension except custody, months, hour limits by the minute. */
class DeadlinesTest {

    private final Deadlines d = new Deadlines(LawConfig.defaults());

    @Test
    void startDayIsNotCounted() {
        // Monday 2 Nov + 3 days = Thursday 5 Nov.
        assertThat(d.lastDay(LocalDate.of(2026, 11, 2), 3, false)).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void lastDayOnAWeekendMovesToMonday() {
        // Wednesday 4 Nov + 3 = Saturday 7 Nov -> Monday 9 Nov.
        assertThat(d.lastDay(LocalDate.of(2026, 11, 4), 3, false)).isEqualTo(LocalDate.of(2026, 11, 9));
    }

    @Test
    void custodyPeriodsNeverExtend() {
        assertThat(d.lastDay(LocalDate.of(2026, 11, 4), 3, true)).isEqualTo(LocalDate.of(2026, 11, 7));
    }

    @Test
    void configuredHolidaysAndMakeUpWorkdays() {
        // 28 Sep + 3 = 1 Oct, National Day holiday to 7 Oct -> Thursday 8 Oct.
        assertThat(d.lastDay(LocalDate.of(2026, 9, 28), 3, false)).isEqualTo(LocalDate.of(2026, 10, 8));
        // Saturday 10 Oct 2026 is a configured make-up working day.
        assertThat(d.isHoliday(LocalDate.of(2026, 10, 10))).isFalse();
        assertThat(d.isHoliday(LocalDate.of(2026, 10, 11))).isTrue();
        assertThat(d.isHoliday(LocalDate.of(2026, 11, 23))).isFalse();
    }

    @Test
    void monthsFollowTheSameDayOrTheLastDay() {
        assertThat(d.lastDayOfMonths(LocalDate.of(2026, 1, 31), 1, true)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(d.lastDayOfMonths(LocalDate.of(2026, 2, 28), 1, true)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(d.lastDayOfMonths(LocalDate.of(2026, 3, 15), 2, true)).isEqualTo(LocalDate.of(2026, 5, 15));
    }

    @Test
    void hourLimitsCountMinutes() {
        LocalDateTime start = LocalDateTime.of(2026, 11, 2, 10, 0);
        assertThat(d.hoursExceeded(start, start.plusHours(24), null, 24)).isFalse();
        assertThat(d.hoursExceeded(start, start.plusHours(24).plusMinutes(1), null, 24)).isTrue();
        assertThat(d.hoursExceeded(start, null, start.plusHours(23), 24)).isFalse();
        assertThat(d.hoursExceeded(start, null, start.plusHours(25), 24)).isTrue();
        assertThat(d.hoursExceeded(null, null, start, 24)).as("unknown start: no finding").isFalse();
    }

    @Test
    void dayLimitsCompareDatesAfterTheLastDay() {
        LocalDateTime start = LocalDateTime.of(2026, 11, 2, 23, 59);
        assertThat(d.daysExceeded(start, LocalDateTime.of(2026, 11, 5, 23, 59), null, 3, false)).isFalse();
        assertThat(d.daysExceeded(start, LocalDateTime.of(2026, 11, 6, 0, 1), null, 3, false)).isTrue();
        assertThat(d.daysExceeded(start, null, LocalDateTime.of(2026, 11, 6, 0, 1), 3, false)).isTrue();
    }

    @Test
    void thresholdsAreReadOnTheDateOfTheFact() {
        LawConfig c = LawConfig.defaults();
        assertThat(c.flag("rule.RI-02.in-force", LocalDate.of(2018, 10, 25))).isFalse();
        assertThat(c.flag("rule.RI-02.in-force", LocalDate.of(2018, 10, 26))).isTrue();
        assertThat(d.number("deadline.DL-06.days", LocalDateTime.of(2025, 12, 31, 10, 0))).isEqualTo(30);
    }

    @Test
    void chineseDateFormat() {
        assertThat(Deadlines.format(LocalDateTime.of(2026, 11, 2, 9, 5))).isEqualTo("2026年11月2日9时05分");
    }

    @Test
    void aLimitEndingInAYearWithoutACalendarIsUndecidedUntilAWorkingDayIsCertain() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 31, 10, 0);
        // 31 Dec 2026 + 3 = Sunday 3 Jan 2027; 2027 is not configured: 3 and 4 January may both be holidays.
        assertThat(d.knowsYear(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(d.knowsYear(LocalDate.of(2027, 1, 4))).isFalse();
        LocalDateTime jan5 = LocalDateTime.of(2027, 1, 5, 9, 0);
        assertThat(d.daysExceeded(start, jan5, null, 3, false)).isTrue();
        assertThat(d.calendarUnknown(start, jan5, null, 3, false)).isTrue();
        // Done within the raw period: in time whatever the calendar.
        assertThat(d.calendarUnknown(start, LocalDateTime.of(2027, 1, 3, 9, 0), null, 3, false)).isFalse();
        // More days than the longest holiday (10) past the raw last day: certainly late.
        assertThat(d.calendarUnknown(start, LocalDateTime.of(2027, 1, 14, 9, 0), null, 3, false)).isFalse();
        assertThat(d.calendarUnknown(start, LocalDateTime.of(2027, 1, 13, 9, 0), null, 3, false)).isTrue();
        // Custody periods do not move.
        assertThat(d.calendarUnknown(start, jan5, null, 3, true)).isFalse();
        // Within configured years a configured working day decides: 28 Sep 2026 + 3 = 1 Oct, holiday to 7 Oct.
        LocalDateTime sep28 = LocalDateTime.of(2026, 9, 28, 10, 0);
        assertThat(d.calendarUnknown(sep28, LocalDateTime.of(2026, 10, 9, 9, 0), null, 3, false)).isFalse();
        assertThat(d.daysExceeded(sep28, LocalDateTime.of(2026, 10, 9, 9, 0), null, 3, false)).isTrue();
    }

    @Test
    void the2025CalendarIsEntered() {
        // 28 Sep 2025 (a make-up working Sunday) + 3 = 1 Oct, holiday to 8 Oct -> Thursday 9 Oct.
        assertThat(d.lastDay(LocalDate.of(2025, 9, 28), 3, false)).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(d.isHoliday(LocalDate.of(2025, 9, 28))).isFalse();
        // Spring Festival 2025: 28 Jan to 4 Feb; Saturday 8 Feb worked.
        assertThat(d.isHoliday(LocalDate.of(2025, 2, 4))).isTrue();
        assertThat(d.isHoliday(LocalDate.of(2025, 2, 8))).isFalse();
    }
}
