package casecheck.batch.report;

/**
 * Writes a {@link UnitReport} in one format. Implementations are deterministic (same report, same bytes: no
 * clock, no random ids) and thread-safe. The report's texts are already masked; a renderer escapes them for its
 * format and never evaluates them (no formulas, no markup, no scripts).
 */
public interface ReportRenderer {

    /** File extension without the dot, e.g. {@code html}. */
    String extension();

    /** MIME type of the output. */
    String mediaType();

    byte[] render(UnitReport report);
}
