package casecheck.check;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

/**
 * Date arithmetic of legal periods (legal-rules §0.4; CPL 105, 行规 35, 刑诉解释 202) over a configured holiday
 * calendar. Day periods: the starting day is not counted; when the last day is a holiday (weekend or a configured
 * 法定节假日, unless configured as a make-up 工作日) the period ends on the next working day — except for custody
 * periods, which never extend. Hour periods run from the clock time (minute precision). Thresholds are read from
 * {@link LawConfig} with the date of the fact they apply to. Immutable and thread-safe; inserted into every session
 * so rules can call it.
 */
public final class Deadlines {

    /** Configured holidays: dates or ranges {@code 2026-10-01..2026-10-08}. */
    public static final String HOLIDAYS = "calendar.holidays";
    /** Configured make-up working days that fall on a weekend (调休上班). */
    public static final String WORKDAYS = "calendar.workdays";
    /** The years whose 国务院办公厅 holiday notice is entered in the two lists above. */
    public static final String YEARS = "calendar.years";
    /** No run of consecutive non-working days is longer than this (春节 2026: 9 days). */
    public static final String LONGEST_HOLIDAY = "calendar.longest-holiday-days";

    private final LawConfig config;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    private final Set<Integer> years;
    private final long longestHoliday;

    public Deadlines(LawConfig config) {
        this.config = config;
        this.holidays = dates(config, HOLIDAYS);
        this.workdays = dates(config, WORKDAYS);
        Set<Integer> y = new HashSet<>();
        if (config.has(YEARS)) {
            config.list(YEARS, null).forEach(v -> y.add(Integer.parseInt(v.strip())));
        }
        this.years = y;
        this.longestHoliday = config.has(LONGEST_HOLIDAY) ? config.number(LONGEST_HOLIDAY, null) : 10;
    }

    /** Whether the holidays of {@code d}'s year are configured ({@code calendar.years}). */
    public boolean knowsYear(LocalDate d) {
        return years.contains(d.getYear());
    }

    /**
     * Whether the verdict of {@link #daysExceeded(LocalDateTime, LocalDateTime, LocalDateTime, long, boolean)} rests
     * on days whose holidays are not configured: the period's last day may have to move past them (legal-rules §0.4),
     * and no configured working day, nor a run of days longer than any holiday, lies between that day and the act.
     * Such a limit is not reported as broken but left to a person (the rule says "needs review"): after 31 December
     * of the last configured year, until the next notice is entered. Never for custody periods, which do not move.
     */
    public boolean calendarUnknown(LocalDateTime start, LocalDateTime done, LocalDateTime now, long days,
                                   boolean custody) {
        LocalDateTime atTime = done != null ? done : now;
        if (custody || start == null || atTime == null) {
            return false;
        }
        LocalDate raw = start.toLocalDate().plusDays(days);
        LocalDate at = atTime.toLocalDate();
        boolean unknown = false;
        for (LocalDate d = raw; d.isBefore(at); d = d.plusDays(1)) {
            if (java.time.temporal.ChronoUnit.DAYS.between(raw, d) >= longestHoliday) {
                return false;
            }
            if (!knowsYear(d)) {
                unknown = true;
            } else if (!isHoliday(d)) {
                return false;
            }
        }
        return unknown;
    }

    /** {@link #calendarUnknown(LocalDateTime, LocalDateTime, LocalDateTime, long, boolean)} for the limit {@code key}. */
    public boolean calendarUnknown(LocalDateTime start, LocalDateTime done, LocalDateTime now, String key) {
        return start != null && calendarUnknown(start, done, now, number(key, start), false);
    }

    public LawConfig config() { return config; }

    /** A configured number in force on the date of {@code on} (null: the latest value). */
    public long number(String key, LocalDateTime on) { return config.number(key, on == null ? null : on.toLocalDate()); }

    /** True for weekends and configured holidays, false for configured make-up working days. */
    public boolean isHoliday(LocalDate d) {
        if (workdays.contains(d)) {
            return false;
        }
        return holidays.contains(d) || d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** End of an hour period starting at {@code start}: the clock time {@code hours} later. */
    public LocalDateTime hoursAfter(LocalDateTime start, long hours) { return start.plusHours(hours); }

    /**
     * Last day of a period of {@code days} days starting on {@code start} (start day not counted). When that day
     * is a holiday it moves to the next working day, unless {@code custody}.
     */
    public LocalDate lastDay(LocalDate start, long days, boolean custody) {
        LocalDate last = start.plusDays(days);
        return custody ? last : nextWorkingDay(last);
    }

    /**
     * Last day of a period of {@code months} months (刑诉解释 202: same day of the month; from the last day of a
     * month to the last day of the target month; a missing day becomes the last day of the target month).
     */
    public LocalDate lastDayOfMonths(LocalDate start, long months, boolean custody) {
        LocalDate last = start.plusMonths(months);
        if (start.getDayOfMonth() == YearMonth.from(start).lengthOfMonth()) {
            last = YearMonth.from(last).atEndOfMonth();
        }
        return custody ? last : nextWorkingDay(last);
    }

    private LocalDate nextWorkingDay(LocalDate d) {
        LocalDate x = d;
        while (isHoliday(x)) {
            x = x.plusDays(1);
        }
        return x;
    }

    /**
     * Whether an hour limit was broken: the act was done after {@code start + hours}, or is still not done although
     * {@code now} is past it. Null {@code start} is "not known": false.
     */
    public boolean hoursExceeded(LocalDateTime start, LocalDateTime done, LocalDateTime now, long hours) {
        if (start == null) {
            return false;
        }
        LocalDateTime due = hoursAfter(start, hours);
        LocalDateTime at = done != null ? done : now;
        return at != null && at.isAfter(due);
    }

    /** Like {@link #hoursExceeded} for a day limit: late when done (or still open at {@code now}) after the last day. */
    public boolean daysExceeded(LocalDateTime start, LocalDateTime done, LocalDateTime now, long days,
                                boolean custody) {
        if (start == null) {
            return false;
        }
        LocalDate last = lastDay(start.toLocalDate(), days, custody);
        LocalDateTime at = done != null ? done : now;
        return at != null && at.toLocalDate().isAfter(last);
    }

    /** {@link #hoursExceeded} with the limit read from configuration key {@code key} on the start date. */
    public boolean hoursExceeded(LocalDateTime start, LocalDateTime done, LocalDateTime now, String key) {
        return start != null && hoursExceeded(start, done, now, number(key, start));
    }

    /** {@link #daysExceeded} (not a custody period) with the limit read from {@code key} on the start date. */
    public boolean daysExceeded(LocalDateTime start, LocalDateTime done, LocalDateTime now, String key) {
        return start != null && daysExceeded(start, done, now, number(key, start), false);
    }

    /** Whole days from {@code start} to {@code now} (calendar days, start day not counted); 0 when unknown. */
    public long daysSince(LocalDateTime start, LocalDateTime now) {
        if (start == null || now == null) {
            return 0;
        }
        return java.time.temporal.ChronoUnit.DAYS.between(start.toLocalDate(), now.toLocalDate());
    }

    /** More than the configured number of calendar days ({@code key}, on the start date) lie between start and now. */
    public boolean olderThanDays(LocalDateTime start, LocalDateTime now, String key) {
        return start != null && now != null && daysSince(start, now) > number(key, start);
    }

    /** Last day of the period configured under {@code key} starting at {@code start} (not custody). */
    public LocalDate lastDay(LocalDateTime start, String key) {
        return lastDay(start.toLocalDate(), number(key, start), false);
    }

    /** "2026年11月22日14时05分" — the way dates are written in the documents. */
    public static String format(LocalDateTime t) {
        return String.format("%d年%d月%d日%d时%02d分", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute());
    }

    /** "2026年11月22日". */
    public static String format(LocalDate d) {
        return String.format("%d年%d月%d日", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static Set<LocalDate> dates(LawConfig config, String key) {
        Set<LocalDate> out = new HashSet<>();
        if (!config.has(key)) {
            return out;
        }
        for (String item : config.list(key, null)) {
            int range = item.indexOf("..");
            if (range > 0) {
                LocalDate from = LocalDate.parse(item.substring(0, range).strip());
                LocalDate to = LocalDate.parse(item.substring(range + 2).strip());
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    out.add(d);
                }
            } else {
                out.add(LocalDate.parse(item));
            }
        }
        return out;
    }
}
