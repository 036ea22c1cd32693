package casecheck.export;

import casecheck.extract.OoxmlPackage;
import casecheck.extract.OoxmlPackage.Unsupported;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * The cells of the first sheet of an XLSX, read with {@code java.util.zip} and StAX: the same rows, row numbers and
 * cell texts as POI's event reader ({@code XSSFSheetXMLHandler} over {@code ReadOnlySharedStringsTable} and
 * {@code StylesTable}) as {@link TableReader} used it, without POI's package and XMLBeans set-up, which made the first
 * table of a run cost ~0.6 s.
 *
 * <p>Replicated from POI: the first sheet in workbook order (the workbook found through the package relationships,
 * the sheet through the workbook's); the shared-strings and styles parts found by content type; numbers formatted
 * with the cell's style (style 0 when the cell names none; none without a styles part) through
 * {@link TableReader.IsoDateFormatter}; {@code t="b"} as TRUE/FALSE, {@code t="e"} as {@code ERROR:} and the code,
 * {@code t="str"} and formula cells by their cached value; {@code _xHHHH_} escapes in strings decoded; a cell without
 * a value ({@code <v>} or {@code <is>}) left out; rows and cells without a reference numbered on from the last.
 *
 * <p>Deliberate differences, applied to the POI fallback as well where it allows: phonetic runs ({@code rPh}) are
 * not part of a string, and a workbook in the 1904 date system ({@code <workbookPr date1904="1"/>}, older Mac Excel)
 * has its dates read in that system (POI's event reader ignores it: four years and a day off).
 *
 * <p>Anything else is {@link Unsupported} and the caller reads the table with POI: strict OOXML, parts missing or
 * larger than POI's own cap, a part without a content type, a DTD (never resolved: XXE), malformed XML, a cell
 * reference or style index that does not parse, a shared string that does not exist, an encrypted or damaged
 * package. A part that inflates like a zip bomb is an {@link IOException}, not handed to POI. Thread-safe.
 */
final class XlsxSheet {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String OFFICE_DOCUMENT = RELS + "/officeDocument";
    private static final String STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships"
            + "/officeDocument";
    private static final String WORKSHEET = RELS + "/worksheet";
    private static final List<String> SHEET_RELS = List.of(WORKSHEET, RELS + "/chartsheet",
            "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet");
    private static final String SHARED_STRINGS_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** POI's own cap per zip entry (ZipArchiveFakeEntry): beyond it POI refuses the file, and so it decides. */
    private static final long MAX_PART_BYTES = 100_000_000;
    private static final long MAX_TOTAL_BYTES = 256L << 20;
    private static final Pattern UTF_ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private XlsxSheet() {
    }

    /** Rows of the first sheet into {@code rows}; {@link Unsupported} when POI should read the file instead. */
    static void read(byte[] xlsx, TableReader.Rows rows) throws Unsupported, IOException {
        OoxmlPackage pkg = OoxmlPackage.read(xlsx, XlsxSheet::kept, MAX_PART_BYTES, MAX_TOTAL_BYTES);
        Map<String, List<String>> byType = contentTypes(pkg);
        String workbook = workbookPart(pkg);
        Workbook wb = workbook(required(pkg, workbook));
        if (wb.firstSheetId == null) {
            return;
        }
        String sheet = null;
        for (OoxmlPackage.Relationship rel : pkg.relationships(workbook)) {
            if (SHEET_RELS.contains(rel.type())) {
                String target = OoxmlPackage.resolve(workbook, rel.target());
                if (rel.id().equals(wb.firstSheetId) && rel.type().equals(WORKSHEET) && !rel.external()) {
                    sheet = target;
                }
            }
        }
        if (sheet == null) {
            throw new Unsupported("first sheet is not a worksheet of this package");
        }
        List<String> strings = sharedStrings(single(pkg, byType.get(SHARED_STRINGS_TYPE)));
        Styles styles = styles(single(pkg, byType.get(STYLES_TYPE)));
        cells(required(pkg, sheet), strings, styles, new Numbers(wb.date1904), rows);
    }

    /** True when the workbook part says so ({@code <workbookPr date1904="1"/>}); false when it cannot be read. */
    static boolean date1904(byte[] workbookXml) {
        try {
            return workbook(workbookXml).date1904;
        } catch (Unsupported e) {
            return false;
        }
    }

    private static boolean kept(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels");
    }

    private static byte[] required(OoxmlPackage pkg, String part) throws Unsupported {
        byte[] b = pkg.part(part);
        if (b == null) {
            throw new Unsupported("part missing: " + part);
        }
        return b;
    }

    private static byte[] single(OoxmlPackage pkg, List<String> parts) throws Unsupported {
        if (parts == null) {
            return null;
        }
        if (parts.size() > 1) {
            throw new Unsupported("several parts of one kind: " + parts);
        }
        return required(pkg, parts.get(0));
    }

    // ------------------------------------------------------------------------------------------ package structure

    /** Entry names by content type; every entry must have one (POI refuses a package otherwise). */
    private static Map<String, List<String>> contentTypes(OoxmlPackage pkg) throws Unsupported {
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        XmlWalk.each(required(pkg, CONTENT_TYPES), r -> {
            String local = r.getLocalName();
            if (local.equals("Default")) {
                defaults.put(attr(r, "Extension").toLowerCase(Locale.ROOT), attr(r, "ContentType"));
            } else if (local.equals("Override")) {
                overrides.put(attr(r, "PartName").toLowerCase(Locale.ROOT), attr(r, "ContentType"));
            }
        });
        Map<String, List<String>> byType = new HashMap<>();
        for (String name : pkg.names()) {
            if (name.equals(CONTENT_TYPES)) {
                continue;
            }
            String type = overrides.get("/" + name.toLowerCase(Locale.ROOT));
            if (type == null) {
                String last = name.substring(name.lastIndexOf('/') + 1);
                int dot = last.lastIndexOf('.');
                type = dot < 0 ? null : defaults.get(last.substring(dot + 1).toLowerCase(Locale.ROOT));
            }
            if (type == null) {
                throw new Unsupported("no content type: " + name);
            }
            byType.computeIfAbsent(type, k -> new ArrayList<>()).add(name);
        }
        return byType;
    }

    private static String attr(XMLStreamReader r, String name) throws Unsupported {
        String v = r.getAttributeValue(null, name);
        if (v == null) {
            throw new Unsupported("attribute missing: " + name);
        }
        return v;
    }

    /** The workbook part named by the package's (transitional) office-document relationship. */
    private static String workbookPart(OoxmlPackage pkg) throws Unsupported {
        boolean strict = false;
        for (OoxmlPackage.Relationship rel : pkg.relationships("")) {
            if (rel.type().equals(OFFICE_DOCUMENT)) {
                if (rel.external()) {
                    throw new Unsupported("external workbook");
                }
                return OoxmlPackage.resolve("", rel.target());
            }
            strict |= rel.type().equals(STRICT_OFFICE_DOCUMENT);
        }
        throw new Unsupported(strict ? "strict OOXML" : "no office document relationship");
    }

    private record Workbook(String firstSheetId, boolean date1904) {
    }

    /**
     * The relationship id of the first sheet and the date system. The first sheet is the first element named
     * "sheet" (any case, any namespace) that has both a name and an id attribute, as POI's sheet iterator takes it.
     */
    private static Workbook workbook(byte[] xml) throws Unsupported {
        String[] first = new String[1];
        boolean[] date1904 = new boolean[1];
        boolean[] root = new boolean[1];
        XmlWalk.each(xml, r -> {
            if (!root[0]) {
                root[0] = true;
                if (!isMain(r, "workbook")) {
                    throw new Unsupported("workbook root " + r.getName());
                }
            }
            if (isMain(r, "workbookPr")) {
                String v = r.getAttributeValue(null, "date1904");
                date1904[0] = v != null && (v.strip().equals("1") || v.strip().equals("true"));
            } else if (first[0] == null && r.getLocalName().equalsIgnoreCase("sheet")) {
                String name = null;
                String id = null;
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    String local = r.getAttributeLocalName(i);
                    if (local.equalsIgnoreCase("name")) {
                        name = r.getAttributeValue(i);
                    } else if (local.equalsIgnoreCase("id")) {
                        id = r.getAttributeValue(i);
                    }
                }
                if (name != null && id != null && !id.isEmpty()) {
                    first[0] = id;
                }
            }
        });
        return new Workbook(first[0], date1904[0]);
    }

    // ------------------------------------------------------------------------------------------ shared strings

    /**
     * The shared strings in order: the text of each {@code <si>}'s {@code <t>} elements run together, phonetic runs
     * left out; null when there is no (or an empty) shared-strings part.
     */
    private static List<String> sharedStrings(byte[] xml) throws Unsupported {
        if (xml == null || xml.length == 0) {
            return null;
        }
        try {
            XMLStreamReader r = OoxmlPackage.xml(xml);
            try {
                List<String> strings = null;
                StringBuilder text = null;
                boolean t = false;
                boolean phonetic = false;
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.DTD) {
                        throw new Unsupported("DTD");
                    } else if (ev == XMLStreamConstants.START_ELEMENT && MAIN.equals(r.getNamespaceURI())) {
                        switch (r.getLocalName()) {
                            case "sst" -> {
                                longAttr(r, "count");
                                longAttr(r, "uniqueCount");
                                strings = new ArrayList<>();
                                text = new StringBuilder();
                            }
                            case "si" -> {
                                if (text != null) {
                                    text.setLength(0);
                                }
                            }
                            case "t" -> t = true;
                            case "rPh" -> phonetic = true;
                            default -> { }
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT && MAIN.equals(r.getNamespaceURI())) {
                        switch (r.getLocalName()) {
                            case "si" -> {
                                if (strings != null) {
                                    strings.add(text.toString());
                                }
                            }
                            case "t" -> t = false;
                            case "rPh" -> phonetic = false;
                            default -> { }
                        }
                    } else if (isText(ev) && t && !phonetic && text != null) {
                        text.append(r.getText());
                    }
                }
                return strings;
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new Unsupported("shared strings: " + e.getClass().getSimpleName());
        }
    }

    private static void longAttr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        if (v != null) {
            Long.parseLong(v);
        }
    }

    /** POI's decoding of {@code _xHHHH_} escapes (characters XML cannot hold). */
    static String utfDecode(String value) {
        if (!value.contains("_x")) {
            return value;
        }
        Matcher m = UTF_ESCAPE.matcher(value);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            out.append(value, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        return at == 0 ? value : out.append(value, at, value.length()).toString();
    }

    // ------------------------------------------------------------------------------------------ styles

    /** The number format id of each cell style ({@code <cellXfs>}), and the workbook's own format strings. */
    private record Styles(List<Short> formatIds, Map<Short, String> formats) {
    }

    private static Styles styles(byte[] xml) throws Unsupported {
        if (xml == null) {
            return null;
        }
        List<Short> ids = new ArrayList<>();
        Map<Short, String> formats = new HashMap<>();
        try {
            XMLStreamReader r = OoxmlPackage.xml(xml);
            try {
                int depth = 0;
                String section = null;
                boolean seenXfs = false;
                boolean seenFormats = false;
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.DTD) {
                        throw new Unsupported("DTD");
                    } else if (ev == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        boolean main = MAIN.equals(r.getNamespaceURI());
                        if (depth == 1 && !(main && r.getLocalName().equals("styleSheet"))) {
                            throw new Unsupported("styles root " + r.getName());
                        } else if (depth == 2 && main && r.getLocalName().equals("cellXfs")) {
                            if (seenXfs) {
                                throw new Unsupported("cellXfs twice");
                            }
                            seenXfs = true;
                            section = "cellXfs";
                        } else if (depth == 2 && main && r.getLocalName().equals("numFmts")) {
                            if (seenFormats) {
                                throw new Unsupported("numFmts twice");
                            }
                            seenFormats = true;
                            section = "numFmts";
                        } else if (depth == 3 && main && "cellXfs".equals(section) && r.getLocalName().equals("xf")) {
                            String id = r.getAttributeValue(null, "numFmtId");
                            ids.add(id == null ? 0 : (short) unsignedInt(id));
                        } else if (depth == 3 && main && "numFmts".equals(section)
                                && r.getLocalName().equals("numFmt")) {
                            String id = r.getAttributeValue(null, "numFmtId");
                            if (id == null) {
                                throw new Unsupported("numFmt without id");
                            }
                            formats.put((short) unsignedInt(id), r.getAttributeValue(null, "formatCode"));
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        if (depth == 2) {
                            section = null;
                        }
                        depth--;
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new Unsupported("styles: " + e.getClass().getSimpleName());
        }
        return new Styles(ids, formats);
    }

    private static long unsignedInt(String v) {
        long n = Long.parseLong(v.strip());
        if (n < 0 || n > 0xFFFF_FFFFL) {
            throw new NumberFormatException(v);
        }
        return n;
    }

    // ------------------------------------------------------------------------------------------ the sheet

    private enum Kind { BOOLEAN, ERROR, FORMULA, INLINE_STRING, SST_STRING, NUMBER }

    /** The sheet's cells, event by event as POI's sheet handler reads them (only the spreadsheet namespace counts). */
    private static void cells(byte[] xml, List<String> strings, Styles styles, Numbers formatter,
                              TableReader.Rows rows) throws Unsupported {
        try {
            XMLStreamReader r = OoxmlPackage.xml(xml);
            try {
                StringBuilder value = new StringBuilder();
                boolean valueOpen = false;
                boolean inlineOpen = false;
                boolean phonetic = false;
                boolean rowOpen = false;
                int rowNum = 0;
                int nextRowNum = 0;
                Kind kind = Kind.NUMBER;
                short formatIndex = -1;
                String formatString = null;
                String ref = null;
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.DTD) {
                        throw new Unsupported("DTD");
                    } else if (isText(ev)) {
                        if (valueOpen) {
                            value.append(r.getText());
                        }
                        continue;
                    } else if (ev != XMLStreamConstants.START_ELEMENT && ev != XMLStreamConstants.END_ELEMENT
                            || !MAIN.equals(r.getNamespaceURI())) {
                        continue;
                    }
                    String name = r.getLocalName();
                    boolean textTag = name.equals("v") || name.equals("inlineStr")
                            || (name.equals("t") && inlineOpen);
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        if (textTag) {
                            // a phonetic run's text is not part of an inline string either
                            valueOpen = !phonetic;
                            if (!inlineOpen) {
                                value.setLength(0);
                            }
                        } else if (name.equals("is")) {
                            inlineOpen = true;
                        } else if (name.equals("rPh") && inlineOpen) {
                            phonetic = true;
                        } else if (name.equals("f")) {
                            if (kind == Kind.NUMBER) {
                                kind = Kind.FORMULA;
                            }
                        } else if (name.equals("row")) {
                            String n = r.getAttributeValue(null, "r");
                            rowNum = n == null ? nextRowNum : Integer.parseInt(n.trim()) - 1;
                            rows.start(rowNum + 1);
                            rowOpen = true;
                        } else if (name.equals("c")) {
                            kind = Kind.NUMBER;
                            formatIndex = -1;
                            formatString = null;
                            ref = r.getAttributeValue(null, "r");
                            String t = r.getAttributeValue(null, "t");
                            if ("b".equals(t)) {
                                kind = Kind.BOOLEAN;
                            } else if ("e".equals(t)) {
                                kind = Kind.ERROR;
                            } else if ("inlineStr".equals(t)) {
                                kind = Kind.INLINE_STRING;
                            } else if ("s".equals(t)) {
                                kind = Kind.SST_STRING;
                            } else if ("str".equals(t)) {
                                kind = Kind.FORMULA;
                            } else {
                                short[] id = formatId(styles, r.getAttributeValue(null, "s"));
                                if (id != null) {
                                    formatIndex = id[0];
                                    String f = styles.formats.get(formatIndex);
                                    formatString = f != null ? f : BuiltinFormats.getBuiltinFormat(formatIndex);
                                }
                            }
                        }
                    } else {
                        if (textTag) {
                            valueOpen = false;
                            if (!inlineOpen) {
                                cell(rows, rowOpen, ref, text(kind, value.toString(), strings, formatter,
                                        formatIndex, formatString));
                                value.setLength(0);
                            }
                        } else if (name.equals("is")) {
                            inlineOpen = false;
                            phonetic = false;
                            cell(rows, rowOpen, ref, text(kind, value.toString(), strings, formatter, formatIndex,
                                    formatString));
                            value.setLength(0);
                        } else if (name.equals("rPh")) {
                            phonetic = false;
                        } else if (name.equals("row")) {
                            rows.end();
                            rowOpen = false;
                            nextRowNum = rowNum + 1;
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new Unsupported("sheet: " + e.getClass().getSimpleName());
        }
    }

    /** The number format id of a cell's style, as POI looks it up; null when the cell has no style to go by. */
    private static short[] formatId(Styles styles, String s) {
        if (styles == null) {
            return null;
        }
        int index;
        if (s != null) {
            index = Integer.parseInt(s.trim());
        } else if (!styles.formatIds.isEmpty()) {
            index = 0;
        } else {
            return null;
        }
        return index < 0 || index >= styles.formatIds.size() ? null : new short[] {styles.formatIds.get(index)};
    }

    private static void cell(TableReader.Rows rows, boolean rowOpen, String ref, String text) throws Unsupported {
        if (!rowOpen) {
            throw new Unsupported("cell outside a row");
        }
        rows.cell(ref == null ? -1 : column(ref), text);
    }

    /** The 0-based column of a cell reference such as "AB12". */
    static int column(String ref) throws Unsupported {
        int col = 0;
        int i = 0;
        while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            col = col * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == 0 || i > 3 || i == ref.length()) {
            throw new Unsupported("cell reference " + ref);
        }
        for (int j = i; j < ref.length(); j++) {
            if (ref.charAt(j) < '0' || ref.charAt(j) > '9') {
                throw new Unsupported("cell reference " + ref);
            }
        }
        return col - 1;
    }

    /** A cell's text by its kind, as POI's sheet handler writes it. */
    private static String text(Kind kind, String value, List<String> strings, Numbers formatter,
                               short formatIndex, String formatString) throws Unsupported {
        switch (kind) {
            case BOOLEAN:
                if (value.isEmpty()) {
                    throw new Unsupported("boolean without value");
                }
                return value.charAt(0) == '0' ? "FALSE" : "TRUE";
            case ERROR:
                return "ERROR:" + value;
            case INLINE_STRING:
                return utfDecode(value);
            case SST_STRING:
                String index = value.trim();
                if (index.isEmpty()) {
                    return null;
                }
                int i;
                try {
                    i = Integer.parseInt(index);
                } catch (NumberFormatException e) {
                    return null;
                }
                if (strings == null || i < 0 || i >= strings.size()) {
                    throw new Unsupported("shared string " + i + " does not exist");
                }
                return utfDecode(strings.get(i));
            case FORMULA:
            case NUMBER:
            default:
                if (formatString == null || (kind == Kind.NUMBER && value.isEmpty())) {
                    return value;
                }
                try {
                    return formatter.format(Double.parseDouble(value.trim()), formatIndex, formatString);
                } catch (Exception e) {
                    // POI writes the raw value when it does not format (a string result, an odd format)
                    return value;
                }
        }
    }

    /**
     * Number texts as {@link TableReader.IsoDateFormatter} writes them; POI's formatter is made only for a number
     * that is neither a date nor whole.
     */
    private static final class Numbers {
        private final boolean date1904;
        private DataFormatter formatter;

        Numbers(boolean date1904) {
            this.date1904 = date1904;
        }

        String format(double value, short formatIndex, String formatString) {
            String iso = TableReader.isoNumber(value, formatIndex, formatString, date1904);
            if (iso != null) {
                return iso;
            }
            if (formatter == null) {
                formatter = new TableReader.IsoDateFormatter(date1904);
            }
            return formatter.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private static boolean isText(int ev) {
        return ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                || ev == XMLStreamConstants.SPACE;
    }

    private static boolean isMain(XMLStreamReader r, String local) {
        return local.equals(r.getLocalName()) && MAIN.equals(r.getNamespaceURI());
    }

    /** Start elements of a small part, one by one; a DTD or malformed XML is {@link Unsupported}. */
    private static final class XmlWalk {
        interface Visitor {
            void start(XMLStreamReader r) throws Unsupported;
        }

        static void each(byte[] xml, Visitor v) throws Unsupported {
            try {
                XMLStreamReader r = OoxmlPackage.xml(xml);
                try {
                    while (r.hasNext()) {
                        int ev = r.next();
                        if (ev == XMLStreamConstants.DTD) {
                            throw new Unsupported("DTD");
                        }
                        if (ev == XMLStreamConstants.START_ELEMENT) {
                            v.start(r);
                        }
                    }
                } finally {
                    r.close();
                }
            } catch (XMLStreamException | RuntimeException e) {
                throw new Unsupported("xml: " + e.getClass().getSimpleName());
            }
        }
    }
}
