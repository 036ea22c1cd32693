package casecheck.check;

import casecheck.facts.Alert;
import casecheck.facts.CaseFile;
import casecheck.facts.InputTable;
import casecheck.facts.Locator;
import casecheck.facts.Transcript;
import casecheck.facts.TranscriptField;
import casecheck.facts.TranscriptPage;

/**
 * Builds the locators rule consequences report, following the team's finding-location conventions (document =
 * path relative to the case folder, or the table's Chinese name with no page), so every rule cites places the same
 * way and expected-findings.csv can be written independently.
 */
public final class Evidence {

    private Evidence() {
    }

    /** Page {@code page} of a transcript, with the excerpt of that page when the assembler located one. */
    public static Locator page(Transcript t, int page) {
        for (TranscriptPage p : t.pages()) {
            if (p.pageNo() == page && p.locator() != null) {
                return new Locator(t.path(), page, p.locator().line(), p.locator().excerpt());
            }
        }
        return new Locator(t.path(), page, null, "");
    }

    /** Page 1 of a transcript, citing the excerpt of {@code field} (e.g. the 地点 line) when it is on page 1. */
    public static Locator firstPage(Transcript t, TranscriptField field) {
        Locator l = t.locators().get(field);
        if (l != null && (l.page() == null || l.page() == 1)) {
            return new Locator(t.path(), 1, l.line(), l.excerpt());
        }
        return new Locator(t.path(), 1, null, l == null ? "" : l.excerpt());
    }

    /** The transcript's last page (the closing block), citing the excerpt of {@code field} when found. */
    public static Locator lastPage(Transcript t, TranscriptField field) {
        int last = lastPageNo(t);
        Locator l = t.locators().get(field);
        return new Locator(t.path(), last, l == null ? null : l.line(), l == null ? "" : l.excerpt());
    }

    /** The last page number: the highest page read, else the declared total, else 1. */
    public static int lastPageNo(Transcript t) {
        int last = t.pages().stream().mapToInt(TranscriptPage::pageNo).max().orElse(0);
        if (last == 0 && t.declaredPageTotal() != null) {
            last = t.declaredPageTotal();
        }
        return Math.max(last, 1);
    }

    /** A row of an export table: the table's Chinese name, no page. */
    public static Locator table(InputTable table, String excerpt) {
        return new Locator(table.label(), null, null, excerpt);
    }

    /** The 警情 row of an alert, citing its content. */
    public static Locator alert(Alert a) {
        return table(InputTable.ALERTS, a.content());
    }

    /** A case as evidence: its 案件 row, or, for a case known only from its documents, the document it was read from. */
    public static Locator caseFile(CaseFile c) {
        if (c.fromDocuments() && c.locator() != null) {
            return c.locator();
        }
        return caseRow(c);
    }

    /** The 案件 row of a case, citing its cause. */
    public static Locator caseRow(CaseFile c) {
        return table(InputTable.CASES, c.cause());
    }
}
