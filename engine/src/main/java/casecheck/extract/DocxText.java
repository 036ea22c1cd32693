package casecheck.extract;

import static casecheck.extract.OoxmlPackage.skip;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a DOCX read straight from its main part with a streaming XML parser, page by page: the same text and
 * the same page splits as the POI reader it stands in front of (explicit page breaks, "page break before", section
 * breaks; a table row becomes one line of its non-empty cells), at a fraction of the cost: POI builds an XMLBeans
 * object tree of every part, which was a quarter of a night's CPU.
 *
 * <p>Differences from POI, all deliberate: content controls ({@code w:sdt}) at body and run level are read (POI's
 * body elements and runs leave them out), tracked deletions ({@code w:del}, {@code w:moveFrom}) are not (they are not
 * part of the document as signed), and a table nested in a cell contributes its text to the cell.
 *
 * <p>Anything unusual makes {@link #read} throw {@link Unsupported} and the caller falls back to POI: no main part
 * where the package relationships say, a part larger than the cap, a DTD (never resolved: XXE), malformed XML, an
 * encrypted (OLE2) container. Thread-safe.
 */
final class DocxText {

    /** Why the streaming reader gave way to POI. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    /** Pages of text, and whether any explicit break split them. */
    record Pages(List<String> pages, boolean anyBreak) {
    }

    private static final Set<String> W = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    private static final String OFFICE_DOCUMENT_REL = "/officeDocument";
    /** Bytes of the main part read at most; beyond that POI (with its own zip-bomb guards) decides. */
    private static final int MAX_PART_BYTES = 64 << 20;

    private final int maxChars;

    DocxText(int maxChars) {
        this.maxChars = maxChars;
    }

    /** The pages of the DOCX in {@code data}; {@link Unsupported} when POI should read it instead. */
    Pages read(byte[] data) throws Unsupported {
        byte[] main = mainPart(data);
        try {
            XMLStreamReader r = OoxmlPackage.xml(main);
            try {
                return body(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new Unsupported("main part: " + e.getClass().getSimpleName());
        }
    }

    /** The main document part, found through the package relationships (normally word/document.xml). */
    private static byte[] mainPart(byte[] data) throws Unsupported {
        try {
            OoxmlPackage pkg = OoxmlPackage.read(data, name -> name.equals("_rels/.rels")
                    || (name.endsWith(".xml") && !name.startsWith("customXml/")
                    && name.indexOf('/') == name.lastIndexOf('/')), MAX_PART_BYTES, Long.MAX_VALUE);
            for (OoxmlPackage.Relationship rel : pkg.relationships("")) {
                if (rel.type().endsWith(OFFICE_DOCUMENT_REL) && !rel.external()) {
                    byte[] main = pkg.part(OoxmlPackage.resolve("", rel.target()));
                    if (main == null) {
                        throw new Unsupported("main part not found");
                    }
                    return main;
                }
            }
            throw new Unsupported("no office document relationship");
        } catch (OoxmlPackage.Unsupported | OoxmlPackage.Bomb e) {
            throw new Unsupported(e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------- the body

    /** Page state while the body is walked. */
    private final class Out {
        final List<String> pages = new ArrayList<>();
        final StringBuilder page = new StringBuilder();
        boolean anyBreak;

        void split() {
            pages.add(page.toString());
            page.setLength(0);
            anyBreak = true;
        }

        boolean full() {
            return page.length() > maxChars;
        }
    }

    private Pages body(XMLStreamReader r) throws XMLStreamException {
        Out out = new Out();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && isW(r, "body")) {
                blockContent(r, out);
                break;
            }
        }
        out.pages.add(out.page.toString());
        while (out.pages.size() > 1 && out.pages.get(out.pages.size() - 1).isBlank()) {
            out.pages.remove(out.pages.size() - 1);
        }
        return new Pages(out.pages, out.anyBreak);
    }

    /** Children of the body, or of a body-level content control: paragraphs and tables, in order. */
    private void blockContent(XMLStreamReader r, Out out) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (out.full()) {
                    skip(r);
                } else if (isW(r, "p")) {
                    paragraph(r, out);
                } else if (isW(r, "tbl")) {
                    table(r, out.page);
                } else if (isW(r, "sdt") || isW(r, "sdtContent") || isW(r, "customXml")) {
                    depth++;
                } else {
                    skip(r);
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** One body paragraph, with the page logic of the POI reader. */
    private void paragraph(XMLStreamReader r, Out out) throws XMLStreamException {
        boolean sectionEnd = false;
        boolean first = true;
        int depth = 1;
        StringBuilder run = new StringBuilder();
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (isW(r, "pPr")) {
                    ParagraphProperties p = properties(r);
                    sectionEnd = p.sectionBreak;
                    if (p.pageBreakBefore && first && out.page.length() > 0) {
                        out.split();
                    }
                } else if (isW(r, "r")) {
                    first = false;
                    run.setLength(0);
                    boolean pageBreak = run(r, run);
                    if (pageBreak && run.isEmpty()) {
                        out.split();
                    } else {
                        out.page.append(run);
                        if (pageBreak) {
                            out.split();
                        }
                    }
                } else if (excluded(r)) {
                    skip(r);
                } else if (container(r)) {
                    depth++;
                } else {
                    skip(r);
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        out.page.append('\n');
        if (sectionEnd) {
            out.split();
        }
    }

    private record ParagraphProperties(boolean pageBreakBefore, boolean sectionBreak) {
    }

    private static ParagraphProperties properties(XMLStreamReader r) throws XMLStreamException {
        boolean pageBreakBefore = false;
        boolean section = false;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (depth == 1 && isW(r, "pageBreakBefore")) {
                    pageBreakBefore = on(wAttr(r, "val"));
                } else if (depth == 1 && isW(r, "sectPr")) {
                    section = true;
                }
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new ParagraphProperties(pageBreakBefore, section);
    }

    /** The text of one run into {@code text}; true when it holds a page break. */
    private static boolean run(XMLStreamReader r, StringBuilder text) throws XMLStreamException {
        boolean pageBreak = false;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (depth == 1 && isW(r, "t")) {
                    text.append(r.getElementText());
                } else if (depth == 1 && (isW(r, "tab") || isW(r, "ptab"))) {
                    text.append('\t');
                    skip(r);
                } else if (depth == 1 && isW(r, "br")) {
                    text.append('\n');
                    pageBreak |= "page".equals(wAttr(r, "type"));
                    skip(r);
                } else if (depth == 1 && isW(r, "cr")) {
                    text.append('\n');
                    skip(r);
                } else {
                    // rPr, instrText (field codes), delText, drawings: not text of the run
                    skip(r);
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return pageBreak;
    }

    /** A table: one line per row, its non-empty cells separated by two spaces, as the POI reader writes it. */
    private void table(XMLStreamReader r, StringBuilder out) throws XMLStreamException {
        int depth = 1;
        StringBuilder line = null;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (isW(r, "tr")) {
                    line = new StringBuilder();
                    depth++;
                } else if (isW(r, "tc") && line != null) {
                    String ct = cellText(r).replace('\n', ' ').strip();
                    if (!ct.isEmpty()) {
                        if (line.length() > 0) {
                            line.append("  ");
                        }
                        line.append(ct);
                    }
                } else if (isW(r, "sdt") || isW(r, "sdtContent") || isW(r, "customXml")) {
                    depth++;
                } else {
                    skip(r);
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (isW(r, "tr") && line != null) {
                    out.append(line).append('\n');
                    line = null;
                }
                depth--;
            }
        }
    }

    /** A cell's text: its paragraphs' text run together (as POI's cell text), nested tables included. */
    private String cellText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (isW(r, "r")) {
                    run(r, text);
                } else if (isW(r, "tbl")) {
                    StringBuilder nested = new StringBuilder();
                    table(r, nested);
                    text.append(' ').append(nested);
                } else if (excluded(r) || isW(r, "pPr") || isW(r, "tcPr")) {
                    skip(r);
                } else {
                    // p, hyperlink, fldSimple, ins, sdt, smartTag …: descend
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return text.toString();
    }

    /** Paragraph children whose runs are read: links, simple fields, insertions, content controls, smart tags. */
    private static boolean container(XMLStreamReader r) {
        return isW(r, "hyperlink") || isW(r, "fldSimple") || isW(r, "ins") || isW(r, "moveTo") || isW(r, "sdt")
                || isW(r, "sdtContent") || isW(r, "smartTag") || isW(r, "customXml") || isW(r, "dir")
                || isW(r, "bdo");
    }

    /** Tracked deletions and moves away: not part of the document as it stands. */
    private static boolean excluded(XMLStreamReader r) {
        return isW(r, "del") || isW(r, "moveFrom") || isW(r, "sdtPr") || isW(r, "sdtEndPr");
    }

    private static boolean isW(XMLStreamReader r, String local) {
        return local.equals(r.getLocalName()) && W.contains(r.getNamespaceURI());
    }

    private static String wAttr(XMLStreamReader r, String local) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (local.equals(r.getAttributeLocalName(i)) && W.contains(r.getAttributeNamespace(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** OOXML on/off: absent value means on. */
    private static boolean on(String v) {
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }
}
