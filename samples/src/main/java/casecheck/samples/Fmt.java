package casecheck.samples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The date and time styles real dossiers use (export-format.md, issue 2 item 4). */
final class Fmt {

    enum DateStyle { ISO, CN, SLASH, CN_NUMERALS, FULL_WIDTH }

    static final DateTimeFormatter CSV = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Fmt() {
    }

    static String csv(LocalDateTime t) {
        return t == null ? "" : CSV.format(t);
    }

    static String dateTime(LocalDateTime t, DateStyle style) {
        return switch (style) {
            case ISO -> CSV.format(t);
            case CN -> t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日" + t.getHour() + "时"
                    + two(t.getMinute()) + "分";
            case SLASH -> t.getYear() + "/" + t.getMonthValue() + "/" + t.getDayOfMonth() + " " + t.getHour() + ":"
                    + two(t.getMinute());
            case CN_NUMERALS -> cnDate(t.toLocalDate()) + number(t.getHour()) + "时"
                    + (t.getMinute() < 10 ? "零" + number(t.getMinute()) : number(t.getMinute())) + "分";
            case FULL_WIDTH -> fullWidth(dateTime(t, DateStyle.CN));
        };
    }

    /** Start and end as a transcript time line writes them; the end's date is always written out (§c.1). */
    static String range(LocalDateTime start, LocalDateTime end, DateStyle style) {
        return dateTime(start, style) + " 至 " + (end == null ? "　　年　月　日　时　分" : dateTime(end, style));
    }

    static String date(LocalDate d, DateStyle style) {
        return switch (style) {
            case ISO -> d.toString();
            case CN -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            case SLASH -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            case CN_NUMERALS -> cnDate(d);
            case FULL_WIDTH -> fullWidth(date(d, DateStyle.CN));
        };
    }

    /** "二〇二六年十一月三日": the style of 公文 dates. */
    static String cnDate(LocalDate d) {
        StringBuilder y = new StringBuilder();
        for (char c : String.valueOf(d.getYear()).toCharArray()) {
            y.append(DIGITS[c - '0']);
        }
        return y + "年" + number(d.getMonthValue()) + "月" + number(d.getDayOfMonth()) + "日";
    }

    /** 1..59 in Chinese numerals: 十, 十一, 二十三. */
    static String number(int n) {
        if (n < 10) {
            return n == 0 ? "〇" : DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }

    static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c == ' ' ? '　' : c);
        }
        return sb.toString();
    }

    /** Half-width punctuation variant of a line (what some systems and typists produce). */
    static String halfWidthPunct(String s) {
        return s.replace('：', ':').replace('，', ',').replace('（', '(').replace('）', ')').replace('；', ';');
    }
}
