package casecheck.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal numbers in free text before it leaves the process (reports, CLI output, logs): 公民身份号码
 * (18 digits with a final X/x, 15-digit legacy numbers) and telephone numbers (mainland mobiles with an optional
 * {@code +86}, landlines with an area code). Full-width digits and single separators between digits (space, tab,
 * line break, hyphen) are recognised, as in {@code １１０１０５…}, {@code 110105 19491231 002x} or
 * {@code +86 138-0013-8000}.
 *
 * <p>Policy (Hutool {@code DesensitizedUtil} convention): an ID number keeps its first 1 and last 2 characters, a
 * telephone number its first 3 and last 4 digits; every other digit becomes {@code *}. Separators, prefixes and
 * the surrounding text are kept, so the output has the same length as the input and masking twice changes
 * nothing. When in doubt the masker masks: a number that merely looks like an ID is masked too.
 *
 * <p>Stateless and thread-safe; {@code null} stays {@code null}.
 */
public final class Masker {

    /** One optional separator between two digits: a number split by spaces, hyphens or a line break. */
    private static final String SEP = "(?:\\r\\n|[ \\t\\n\\r\\-])?";
    /** Not glued to a letter or digit: case numbers such as {@code A3201052026…} are not ID numbers. */
    private static final String BEFORE = "(?<![0-9A-Za-z])";
    private static final String AFTER = "(?![0-9A-Za-z])";

    private static final Pattern ID18 = Pattern.compile(BEFORE + "(\\d(?:" + SEP + "\\d){16}" + SEP + "[\\dX])" + AFTER);
    private static final Pattern ID15 = Pattern.compile(BEFORE + "(\\d(?:" + SEP + "\\d){14})" + AFTER);
    private static final Pattern MOBILE = Pattern.compile(
            "(?:(?<![0-9A-Za-z+])\\+?86" + SEP + "|" + BEFORE + ")(1" + SEP + "[3-9](?:" + SEP + "\\d){9})" + AFTER);
    private static final Pattern LANDLINE = Pattern.compile(
            BEFORE + "((?:0\\d{2,3}[ \\-]?|[(]0\\d{2,3}[)] ?)\\d{3,4}[ \\-]?\\d{4})" + AFTER);

    private Masker() {
    }

    /** The text with every ID and telephone number masked; {@code null} for {@code null}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String probe = normalise(text);
        if (probe == null) {
            return text;
        }
        char[] out = text.toCharArray();
        // IDs first: an 18-digit ID also contains an 11-digit run that would pass for a mobile number.
        probe = apply(ID18, probe, out, 1, 2);
        probe = apply(ID15, probe, out, 1, 2);
        probe = apply(MOBILE, probe, out, 3, 4);
        apply(LANDLINE, probe, out, 3, 4);
        return new String(out);
    }

    /** True when {@link #mask} would change {@code text}. */
    public static boolean containsPersonalNumber(String text) {
        return text != null && !text.equals(mask(text));
    }

    /**
     * A same-length ASCII view for matching: full-width digits, X, hyphens, parentheses and the ideographic space
     * become their ASCII forms and {@code x} becomes {@code X}; null when the text has no digit at all.
     */
    private static String normalise(String text) {
        char[] c = new char[text.length()];
        boolean digit = false;
        for (int i = 0; i < c.length; i++) {
            char ch = text.charAt(i);
            if (ch >= '０' && ch <= '９') {
                ch = (char) ('0' + (ch - '０'));
            } else if (ch == 'Ｘ' || ch == 'ｘ' || ch == 'x') {
                ch = 'X';
            } else if (ch == '－' || ch == '‐' || ch == '‑' || ch == '–' || ch == '—') {
                ch = '-';
            } else if (ch == '\u3000' || ch == '\u00A0') {
                ch = ' ';
            } else if (ch == '（') {
                ch = '(';
            } else if (ch == '）') {
                ch = ')';
            } else if (ch == '＋') {
                ch = '+';
            }
            digit |= ch >= '0' && ch <= '9';
            c[i] = ch;
        }
        return digit ? new String(c) : null;
    }

    /** Masks group 1 of each match in {@code out} and returns the probe with the masked digits blanked too. */
    private static String apply(Pattern pattern, String probe, char[] out, int keepHead, int keepTail) {
        Matcher m = pattern.matcher(probe);
        if (!m.find()) {
            return probe;
        }
        char[] p = probe.toCharArray();
        do {
            int start = m.start(1);
            int end = m.end(1);
            int significant = 0;
            for (int i = start; i < end; i++) {
                if (isSignificant(p[i])) {
                    significant++;
                }
            }
            int k = 0;
            for (int i = start; i < end; i++) {
                if (isSignificant(p[i])) {
                    if (k >= keepHead && k < significant - keepTail) {
                        out[i] = '*';
                        p[i] = '*';
                    }
                    k++;
                }
            }
        } while (m.find());
        return new String(p);
    }

    private static boolean isSignificant(char c) {
        return c >= '0' && c <= '9' || c == 'X';
    }
}
