package casecheck.render;

import casecheck.check.Finding;
import casecheck.check.FindingKind;
import casecheck.facts.DossierDocument;
import casecheck.privacy.Masker;

/** The Chinese wording shared by the formats, always masked, so the five renderers cannot drift apart. */
final class Labels {

    private Labels() {
    }

    /**
     * Masked text, empty for null. Control characters (ANSI escapes in a file name) and bidi overrides become
     * spaces: document text must not be able to drive a terminal or disguise a file name.
     */
    static String m(String s) {
        if (s == null) {
            return "";
        }
        return CONTROL.matcher(Masker.mask(s)).replaceAll(" ");
    }

    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u202A-\\u202E\\u2066-\\u2069]");

    /** {@code 讯问笔录.docx 第 3 页 第 12 行}, or the table name. */
    static String where(Finding f) {
        StringBuilder sb = new StringBuilder(m(f.document()).isEmpty() ? "（未指明文书）" : m(f.document()));
        if (f.page() != null) {
            sb.append(" 第 ").append(f.page()).append(" 页");
        }
        if (f.line() != null) {
            sb.append(" 第 ").append(f.line()).append(" 行");
        }
        return sb.toString();
    }

    static String kind(Finding f) {
        return f.kind() == null ? FindingKind.VIOLATION.label() : f.kind().label();
    }

    static String severity(Finding f) {
        return f.severity() == null ? "" : f.severity().label();
    }

    /** {@code 无法读取：文件已加密（detail）}. */
    static String outcome(DossierDocument d) {
        StringBuilder sb = new StringBuilder(d.outcome() == null ? "" : d.outcome().label());
        if (d.reason() != null) {
            sb.append("：").append(d.reason().label());
        }
        if (d.detail() != null && !d.detail().isBlank()) {
            sb.append("（").append(m(d.detail())).append("）");
        }
        return sb.toString();
    }

    static String page(Integer page) {
        return page == null ? "" : page.toString();
    }
}
