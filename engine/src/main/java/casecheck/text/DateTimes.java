package casecheck.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date and time styles of exports and transcripts: {@code 2026-11-22 14:05[:30]}, {@code 2026/11/22 14:05},
 * {@code 2026年11月22日14时05分}, {@code 2026.11.22}, Chinese numerals ({@code 二〇二六年十一月三日}). Never guesses:
 * anything that is not a complete, valid date returns null.
 */
public final class DateTimes {

    private static final String Y = "(\\d{4})";
    private static final Pattern NUMERIC = Pattern.compile(
            Y + "\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?"
                    + "(?:\\s*[T ]?\\s*(?:上午|下午|晚上|凌晨|中午)?\\s*(\\d{1,2})\\s*[:：时点]\\s*(\\d{1,2})?\\s*(?:分)?"
                    + "(?:\\s*[:：]?\\s*(\\d{1,2})\\s*秒?)?)?");
    private static final Pattern HAN_DIGITS = Pattern.compile("[〇零○Ｏ一二三四五六七八九十两]+");
    /** OCR's letter for a digit, next to a real digit: O/o for 0, l/I/| for 1 ("2O26", "l1月", "9时o5分"). */
    private static final Pattern OCR_DIGIT = Pattern.compile("(?<=\\d)[OoIl|]|[OoIl|](?=\\d)");

    private DateTimes() {
    }

    /** Date and time (time required); null when absent, incomplete or invalid. */
    public static LocalDateTime parseDateTime(String text) {
        Parsed p = parse(text);
        return p == null || !p.hasTime ? null : p.value;
    }

    /** Date and time when a time is present, else the date at midnight; null when no valid date. */
    public static LocalDateTime parseDateTimeLenient(String text) {
        Parsed p = parse(text);
        return p == null ? null : p.value;
    }

    /** The date only; null when no valid date. */
    public static LocalDate parseDate(String text) {
        Parsed p = parse(text);
        return p == null ? null : p.value.toLocalDate();
    }

    /** Whether the text contains something that looks like a date (digits with 年/-/ or Chinese numerals). */
    public static boolean looksLikeDate(String text) {
        if (text == null) {
            return false;
        }
        String t = normalize(text);
        return t.matches("(?s).*\\d{2,4}\\s*[-/.年].*") || t.matches("(?s).*[年月日时].*\\d.*")
                || t.matches("(?s).*\\d.*[年月日时].*");
    }

    /** Result of a parse: the value and whether a time of day was given. */
    public record Parsed(LocalDateTime value, boolean hasTime) {
    }

    /** Parses the first date(-time) found in the text; null when none is valid. */
    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = hanToArabic(repairDigits(normalize(text)));
        Matcher m = NUMERIC.matcher(t);
        if (!m.find()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            LocalDate date = LocalDate.of(year, month, day);
            if (m.group(4) == null) {
                return new Parsed(date.atStartOfDay(), false);
            }
            int hour = Integer.parseInt(m.group(4));
            String prefix = t.substring(m.start(), m.start(4));
            if ((prefix.contains("下午") || prefix.contains("晚上")) && hour < 12) {
                hour += 12;
            }
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            if (m.group(5) == null && !t.substring(m.start(4), m.end()).contains("时")
                    && !t.substring(m.start(4), m.end()).contains("点")) {
                return new Parsed(date.atStartOfDay(), false);
            }
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            if (hour == 24 && minute == 0 && second == 0) {
                return new Parsed(date.plusDays(1).atStartOfDay(), true);
            }
            return new Parsed(date.atTime(hour, minute, second), true);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** Full-width digits and punctuation to ASCII, 曰 (an OCR confusion of 日) kept as is (it is not a date). */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '：') {
                b.append(':');
            } else if (c == '－' || c == '—' || c == '–') {
                b.append('-');
            } else if (c == '／') {
                b.append('/');
            } else if (c == '\u3000' || c == '\u00a0') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Reads OCR's letters inside digit runs as the digits they stand for (O/o → 0, l/I/| → 1) when a real digit is
     * next to them; other letters stay, so a garbled value still fails to parse.
     */
    public static String repairDigits(String s) {
        String out = s;
        for (int i = 0; i < 3; i++) {
            Matcher m = OCR_DIGIT.matcher(out);
            if (!m.find()) {
                return out;
            }
            StringBuilder b = new StringBuilder(out.length());
            do {
                char c = out.charAt(m.start());
                m.appendReplacement(b, c == 'O' || c == 'o' ? "0" : "1");
            } while (m.find());
            m.appendTail(b);
            out = b.toString();
        }
        return out;
    }

    /** Replaces runs of Chinese numerals by Arabic digits: 二〇二六 → 2026 (digit by digit), 十一 → 11, 二十三 → 23. */
    static String hanToArabic(String s) {
        Matcher m = HAN_DIGITS.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(hanNumber(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A Chinese numeral as Arabic digits; positional (二〇二六) or with 十 (二十三). */
    public static String hanNumber(String h) {
        if (h.indexOf('十') < 0) {
            StringBuilder b = new StringBuilder();
            for (char c : h.toCharArray()) {
                b.append(digit(c));
            }
            return b.toString();
        }
        int idx = h.indexOf('十');
        String tens = h.substring(0, idx);
        String ones = h.substring(idx + 1);
        int t = tens.isEmpty() ? 1 : Integer.parseInt(hanNumber(tens));
        int o = ones.isEmpty() ? 0 : Integer.parseInt(hanNumber(ones));
        return Integer.toString(t * 10 + o);
    }

    private static char digit(char c) {
        return switch (c) {
            case '〇', '零', '○', 'Ｏ' -> '0';
            case '一' -> '1';
            case '二', '两' -> '2';
            case '三' -> '3';
            case '四' -> '4';
            case '五' -> '5';
            case '六' -> '6';
            case '七' -> '7';
            case '八' -> '8';
            case '九' -> '9';
            default -> c;
        };
    }
}
