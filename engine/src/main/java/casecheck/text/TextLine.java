package casecheck.text;

import java.text.Normalizer;

/**
 * One line of a document: page and line number (1-based, line within its page), the raw text, a normalised form
 * (NFKC, so full-width colons and brackets become ASCII, whitespace collapsed) and a compact form (no whitespace)
 * for label matching ("讯 问 人" = "讯问人").
 */
public record TextLine(int page, int line, String raw, String norm, String compact) {

    // Compiled once: every line of every document passes through here.
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ \\t\\x0B\\f\\r]+");

    public static TextLine of(int page, int line, String raw) {
        String n = normalise(letterSpaced(raw) ? unspace(raw) : raw);
        return new TextLine(page, line, raw, n, WHITESPACE.matcher(n).replaceAll(""));
    }

    /**
     * Whether OCR put a space between every character ("讯 问 人 ： 张 三"): at least six tokens, four in five of
     * them a single character. Names and digits would otherwise split into single characters.
     */
    static boolean letterSpaced(String raw) {
        int tokens = 0;
        int singles = 0;
        int len = 0;
        for (int i = 0; i <= raw.length(); i++) {
            boolean space = i == raw.length() || Character.isWhitespace(raw.charAt(i)) || raw.charAt(i) == '\u3000';
            if (!space) {
                len++;
            } else if (len > 0) {
                tokens++;
                singles += len == 1 ? 1 : 0;
                len = 0;
            }
        }
        return tokens >= 6 && singles * 5 >= tokens * 4;
    }

    /** Drops the single spaces of a letter-spaced line; a wider gap (two or more) stays a word gap. */
    private static String unspace(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                int j = i;
                while (j < raw.length() && (Character.isWhitespace(raw.charAt(j)) || raw.charAt(j) == '\u3000')) {
                    j++;
                }
                if (j - i >= 2 && b.length() > 0 && j < raw.length()) {
                    b.append(' ');
                }
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** NFKC, unified brackets and dashes, whitespace collapsed to single spaces and stripped. */
    public static String normalise(String s) {
        // ㊞ (a print mark in OCR text layers) would become a bare 印 under NFKC.
        String n = Normalizer.normalize(s.indexOf('㊞') >= 0 ? s.replace("㊞", "(指印)") : s, Normalizer.Form.NFKC);
        n = n.replace('〔', '(').replace('〕', ')').replace('【', '(').replace('】', ')').replace('［', '(')
                .replace('］', ')').replace('[', '(').replace(']', ')').replace('﹙', '(').replace('﹚', ')')
                .replace('：', ':').replace('\u3000', ' ').replace('\u00a0', ' ');
        return SPACES.matcher(n).replaceAll(" ").strip();
    }

    public boolean isBlank() {
        return compact.isEmpty();
    }
}
