package casecheck.facts;

/**
 * Where a fact was read: the document (path inside the dossier, or a table reference such as {@code 警情.xlsx#12}),
 * the 1-based page and line when known (null otherwise) and a short excerpt (never null, may be empty).
 */
public record Locator(String document, Integer page, Integer line, String excerpt) {

    private static final int MAX_EXCERPT = 120;

    public Locator {
        excerpt = excerpt == null ? "" : excerpt.strip();
        if (excerpt.length() > MAX_EXCERPT) {
            excerpt = excerpt.substring(0, MAX_EXCERPT) + "…";
        }
    }

    public static Locator of(String document, Integer page, Integer line, String excerpt) {
        return new Locator(document, page, line, excerpt);
    }

    public static Locator ofDocument(String document) { return new Locator(document, null, null, ""); }

    public static Locator none() { return new Locator("", null, null, ""); }

    public Locator withExcerpt(String newExcerpt) { return new Locator(document, page, line, newExcerpt); }
}
