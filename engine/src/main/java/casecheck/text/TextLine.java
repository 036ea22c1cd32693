package casecheck.text;

import java.text.Normalizer;

/**
 * One line of a document: page and line number (1-based, line within its page), the raw text, a normalised form
 * (NFKC, so full-width colons and brackets become ASCII, whitespace collapsed) and a compact form (no whitespace)
 * for label matching ("讯 问 人" = "讯问人").
 */
public record TextLine(int page, int line, String raw, String norm, String compact) {

    public static TextLine of(int page, int line, String raw) {
        String n = normalise(raw);
        return new TextLine(page, line, raw, n, n.replaceAll("\\s+", ""));
    }

    /** NFKC, unified brackets and dashes, whitespace collapsed to single spaces and stripped. */
    public static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        n = n.replace('〔', '(').replace('〕', ')').replace('【', '(').replace('】', ')').replace('［', '(')
                .replace('］', ')').replace('[', '(').replace(']', ')').replace('﹙', '(').replace('﹚', ')')
                .replace('：', ':').replace('\u3000', ' ').replace('\u00a0', ' ');
        return n.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
    }

    public boolean isBlank() {
        return compact.isEmpty();
    }
}
