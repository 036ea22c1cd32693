package casecheck.samples;

import java.util.ArrayList;
import java.util.List;

import casecheck.facts.DocumentType;
import casecheck.facts.OutcomeReason;

/**
 * One generated document: its path inside the dossier, its file format, its pages of text lines and what the
 * engine is expected to make of it ({@link #expect}). Rendering to bytes is {@link DocRenderer}'s job.
 */
final class Doc {

    /** File formats the generator writes. */
    enum Format {
        DOCX(".docx"), PDF(".pdf"), TXT_UTF8(".txt"), TXT_UTF8_BOM(".txt"), TXT_GBK(".txt"),
        /** PDF protected by a user password: the engine cannot open it. */
        PDF_ENCRYPTED(".pdf"),
        /** PDF whose pages are images only (a scan without text layer). */
        PDF_SCANNED(".pdf");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    /** One page: its lines, and which lines form the header block (rendered as a table in DOCX when asked). */
    static final class Page {
        final List<String> lines = new ArrayList<>();
        int headerFrom = -1;
        int headerTo = -1;

        Page add(String line) {
            lines.add(line);
            return this;
        }
    }

    final String path;
    final Format format;
    final DocumentType type;
    final List<Page> pages = new ArrayList<>();
    /** Render page 1's header block as a two-column DOCX table. */
    boolean headerTable;
    /** Omit page markers and rely on page breaks only (DOCX). */
    boolean breaksOnly;
    final Expected expect = new Expected();

    Doc(String path, Format format, DocumentType type) {
        this.path = path;
        this.format = format;
        this.type = type;
    }

    Page newPage() {
        Page p = new Page();
        pages.add(p);
        return p;
    }

    /** The row of expected-documents.csv this document should produce. */
    static final class Expected {
        OutcomeReason reason = OutcomeReason.NONE;
        /** Transcript columns; null for other documents. */
        TranscriptFacts transcript;
    }
}
