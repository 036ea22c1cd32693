package casecheck.export;

import casecheck.text.DateTimes;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How vendors write an export cell beyond plain text: the ways of saying "nothing" ({@code 无}, {@code /},
 * {@code -} …) and the ways of writing a time ({@code 2026/11/3 9:05}, {@code 20261103}, {@code 202611030905},
 * an Excel day number such as {@code 46329.375}). Never guesses: what is not one of these reads as unknown.
 */
final class TableCells {

    /** Placeholders a vendor writes into an empty cell. */
    private static final Set<String> NOTHING = Set.of("无", "/", "／", "\\", "-", "--", "—", "——", "－", "空", "暂无",
            "null", "NULL", "Null", "N/A", "n/a", "NA", "#N/A");
    /** yyyyMMdd, optionally followed by HHmm or HHmmss, without separators. */
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})(\\d{2})?)?$");
    /** An Excel serial day number (1900 date system) with an optional fraction of a day. */
    private static final Pattern SERIAL = Pattern.compile("^(\\d{5})(\\.\\d+)?$");
    /** 1990-01-01 and 2100-01-01 as Excel day numbers: outside this range a number is not taken as a date. */
    private static final int FIRST_SERIAL = 32874;
    private static final int LAST_SERIAL = 73051;

    private TableCells() {
    }

    /** Whether the stripped cell is a placeholder for "no value". */
    static boolean isNothing(String stripped) {
        return NOTHING.contains(stripped);
    }

    /**
     * The time in a date cell: the text styles of {@link DateTimes}, compact digits, or an Excel day number; a date
     * without a time is midnight. Null when the cell holds none of these.
     */
    static LocalDateTime dateTime(String v) {
        LocalDateTime t = DateTimes.parseDateTimeLenient(v);
        if (t != null) {
            return t;
        }
        String s = v.strip();
        Matcher c = COMPACT.matcher(s);
        if (c.matches()) {
            // Rewritten with separators so DateTimes validates month, day and clock ("20261340" stays unknown).
            return DateTimes.parseDateTimeLenient(c.group(1) + "/" + c.group(2) + "/" + c.group(3)
                    + (c.group(4) == null ? "" : " " + c.group(4) + ":" + c.group(5)
                    + (c.group(6) == null ? "" : ":" + c.group(6))));
        }
        Matcher n = SERIAL.matcher(s);
        if (n.matches()) {
            double day = Double.parseDouble(s);
            if (day >= FIRST_SERIAL && day < LAST_SERIAL) {
                return DateUtil.getLocalDateTime(day, false, true);
            }
        }
        return null;
    }
}
