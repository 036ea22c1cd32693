package casecheck.text;

import casecheck.facts.DocumentType;
import java.util.List;
import java.util.Locale;

/**
 * Recognises a document's type from its title: the first heading lines, normalised (NFKC, spaces removed, so
 * "讯 问 笔 录（第一次）" reads as 讯问笔录). The file name is only a hint, used when the document has no text.
 */
public final class DocumentTypes {

    /** Title keywords, most specific first. */
    private static final List<Object[]> TITLES = List.of(
            new Object[] {"犯罪嫌疑人诉讼权利义务告知书", DocumentType.SUSPECT_RIGHTS_NOTICE},
            new Object[] {"被害人诉讼权利义务告知书", DocumentType.VICTIM_RIGHTS_NOTICE},
            new Object[] {"证人诉讼权利义务告知书", DocumentType.WITNESS_RIGHTS_NOTICE},
            new Object[] {"行政案件权利义务告知书", DocumentType.ADMIN_RIGHTS_NOTICE},
            new Object[] {"被侵害人权利义务告知书", DocumentType.ADMIN_RIGHTS_NOTICE},
            new Object[] {"违法嫌疑人权利义务告知书", DocumentType.ADMIN_RIGHTS_NOTICE},
            new Object[] {"询问/讯问笔录", DocumentType.COMBINED_RECORD},
            new Object[] {"讯问/询问笔录", DocumentType.COMBINED_RECORD},
            new Object[] {"询(讯)问笔录", DocumentType.COMBINED_RECORD},
            new Object[] {"讯(询)问笔录", DocumentType.COMBINED_RECORD},
            new Object[] {"讯问笔录", DocumentType.INTERROGATION_RECORD},
            new Object[] {"询问笔录", DocumentType.INQUIRY_RECORD},
            // OCR reads 问 as 间 in titles ("讯间笔录"); no other document is titled so.
            new Object[] {"讯间笔录", DocumentType.INTERROGATION_RECORD},
            new Object[] {"询间笔录", DocumentType.INQUIRY_RECORD},
            new Object[] {"受案登记表", DocumentType.CASE_REGISTRATION},
            new Object[] {"受案回执", DocumentType.CASE_RECEIPT},
            new Object[] {"不予立案通知书", DocumentType.NO_FILING_NOTICE},
            new Object[] {"立案决定书", DocumentType.FILING_DECISION},
            new Object[] {"拘留通知书", DocumentType.DETENTION_NOTICE},
            new Object[] {"拘留证", DocumentType.DETENTION_WARRANT},
            new Object[] {"传唤证", DocumentType.SUMMONS_CERTIFICATE},
            new Object[] {"调解协议书", DocumentType.MEDIATION_AGREEMENT});

    private static final int TITLE_LINES = 6;

    /** The heading of a dossier volume's table of contents: 目录, 卷内目录, 卷内文件目录, 案卷目录. */
    private static final java.util.regex.Pattern TABLE_OF_CONTENTS =
            java.util.regex.Pattern.compile("(卷内|案卷)?(文件|文书)?目录");

    private DocumentTypes() {
    }

    /** A recognised type and the title line it came from (null when from the file name or OTHER). */
    public record Recognised(DocumentType type, String title, int line) {
    }

    /** The type from the first non-empty lines of {@code text}; the file name only when no line decides. */
    public static Recognised recognise(String text, String fileName) {
        if (text != null) {
            int seen = 0;
            int lineNo = 0;
            String previous = null;
            for (String line : text.split("\n", 60)) {
                lineNo++;
                String n = normalise(line);
                if (n.isEmpty()) {
                    continue;
                }
                if (++seen > TITLE_LINES) {
                    break;
                }
                if (n.startsWith("问") || n.startsWith("答")) {
                    break;
                }
                if (TABLE_OF_CONTENTS.matcher(n).matches()) {
                    // A volume's 卷内目录 lists document titles; the page is none of them.
                    return new Recognised(DocumentType.OTHER, line.strip(), lineNo);
                }
                DocumentType t = match(n, true);
                if (t == null && previous != null) {
                    // A title broken over two lines ("犯罪嫌疑人" / "诉讼权利义务告知书").
                    t = match(previous + n, true);
                }
                if (t != null) {
                    return new Recognised(t, line.strip(), lineNo);
                }
                previous = n.length() <= 12 ? n : null;
            }
        }
        // The file name is a hint only when the document has no readable text at all (unreadable, scanned).
        if (fileName != null && (text == null || text.isBlank())) {
            String n = normalise(fileName.replaceAll("\\.[A-Za-z0-9]+$", ""));
            DocumentType t = match(n, false);
            if (t != null) {
                return new Recognised(t, null, 0);
            }
        }
        return new Recognised(DocumentType.OTHER, firstLine(text), 0);
    }

    /** A page of a file that opens another document: its 1-based page number, type and title line. */
    public record Start(int page, DocumentType type, String title) {
    }

    /**
     * The later pages of a paged file that open a document of another type than {@code first}: a dossier volume or
     * several documents scanned or saved into one file. A page opens a document when one of its first lines is a
     * bare title (no sentence punctuation, not a 《citation》 — a wrapped answer that names a notice is not a
     * title). A transcript's running head ("讯问笔录（第2页）") repeats its own type and is not a start; the three
     * transcript titles count as one type.
     */
    public static List<Start> laterStarts(List<String> pages, DocumentType first) {
        List<Start> out = new java.util.ArrayList<>();
        DocumentType current = first;
        for (int i = 1; i < pages.size(); i++) {
            Recognised r = recognise(pages.get(i), null);
            if (r.type() == DocumentType.OTHER || r.line() == 0 || !bareTitle(r.title())
                    || sameDocumentKind(r.type(), current)) {
                continue;
            }
            out.add(new Start(i + 1, r.type(), r.title()));
            current = r.type();
        }
        return out;
    }

    private static boolean bareTitle(String line) {
        String n = normalise(line);
        return !n.startsWith("《") && !n.matches(".*[，,。；;？?！!：:].*") && n.length() <= 30;
    }

    private static boolean sameDocumentKind(DocumentType a, DocumentType b) {
        return a == b || a != null && b != null && a.isTranscript() && b.isTranscript();
    }

    private static DocumentType match(String n, boolean titleLine) {
        // A title line is short: a body sentence that mentions "讯问笔录" is not a title.
        if (titleLine && n.length() > 40) {
            return null;
        }
        for (Object[] t : TITLES) {
            if (n.contains((String) t[0])) {
                return (DocumentType) t[1];
            }
        }
        if (n.contains("权利义务告知书")) {
            return n.contains("行政") ? DocumentType.ADMIN_RIGHTS_NOTICE : DocumentType.SUSPECT_RIGHTS_NOTICE;
        }
        if (n.matches(".*[询讯]问笔录.*") && n.contains("/")) {
            return DocumentType.COMBINED_RECORD;
        }
        return null;
    }

    /** NFKC, whitespace removed, brackets unified to ASCII, lower case. */
    public static String normalise(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
        n = n.replaceAll("[\\s\\u3000\\u00a0]+", "").replace('〔', '(').replace('〕', ')').replace('【', '(')
                .replace('】', ')').replace('／', '/').replace('《', ' ').replace('》', ' ').replace(" ", "");
        return n.toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        for (String line : text.split("\n", 20)) {
            if (!line.isBlank()) {
                String s = line.strip();
                return s.length() > 60 ? s.substring(0, 60) : s;
            }
        }
        return null;
    }
}
