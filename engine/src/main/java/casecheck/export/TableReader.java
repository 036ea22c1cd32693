package casecheck.export;

import casecheck.extract.OoxmlPackage;
import casecheck.extract.TextDecoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX (streaming, so large sheets do not load into a cell model) or a CSV (RFC 4180
 * quoting; charset by {@link TextDecoding}) into a {@link RawTable}. Empty rows are skipped; the first non-empty row
 * is the header.
 */
final class TableReader {

    private TableReader() {
    }

    static RawTable csv(String source, byte[] bytes) {
        String text = TextDecoding.decode(bytes).text();
        char delimiter = delimiter(text);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == delimiter) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                records.add(row);
                lineNumbers.add(rowStart);
                row = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            records.add(row);
            lineNumbers.add(rowStart);
        }
        return build(source, records, lineNumbers);
    }

    /**
     * The field separator: a comma, unless the first line has none and holds tabs (Excel's "Unicode text" saved as
     * .csv) or semicolons (a European-locale Excel).
     */
    static char delimiter(String text) {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r') && commas + tabs + semicolons > 0) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }
        return commas > 0 ? ',' : tabs > 0 ? '\t' : semicolons > 0 ? ';' : ',';
    }

    /**
     * The first sheet of an XLSX: read by {@link XlsxSheet}, or by POI ({@link #xlsxWithPoi}) when that reader does
     * not support the file. Errors (a corrupt or encrypted file, a zip bomb) are an {@link IOException} with a Chinese
     * message.
     */
    static RawTable xlsx(String source, byte[] data) throws IOException {
        Rows rows = new Rows();
        try {
            XlsxSheet.read(data, rows);
        } catch (OoxmlPackage.Bomb e) {
            throw new IOException("XLSX 无法解析：" + e.getMessage(), e);
        } catch (OoxmlPackage.Unsupported e) {
            return xlsxWithPoi(source, data);
        }
        return build(source, rows.records, rows.numbers);
    }

    /** The reference reader: POI's event API (package, styles and shared strings through POI's own classes). */
    static RawTable xlsxWithPoi(String source, byte[] data) throws IOException {
        Rows rows = rowsWithPoi(data);
        return build(source, rows.records, rows.numbers);
    }

    /** The rows of the first sheet as POI's event API reports them, before {@link #build}. */
    static Rows rowsWithPoi(byte[] data) throws IOException {
        // POI asks JAXP for a parser per part: name the JDK's so that it does not search every jar each time.
        casecheck.extract.JdkXmlFactories.pin();
        Rows rows = new Rows();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(data))) {
            XSSFReader reader = new XSSFReader(pkg);
            // phonetic runs (furigana) are not part of a cell's text
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            boolean date1904;
            try (InputStream wb = reader.getWorkbookData()) {
                date1904 = XlsxSheet.date1904(wb.readAllBytes());
            }
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Collector(rows),
                            new IsoDateFormatter(date1904), false));
                    xml.parse(new InputSource(sheet));
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("XLSX 无法解析：" + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IOException("XLSX 无法解析：" + e.getMessage(), e);
        }
        return rows;
    }

    static RawTable build(String source, List<List<String>> records, List<Integer> numbers) {
        int h = 0;
        while (h < records.size() && blank(records.get(h))) {
            h++;
        }
        if (h >= records.size()) {
            return new RawTable(source, List.of(), List.of());
        }
        List<String> header = records.get(h).stream().map(s -> s == null ? "" : s.strip()).toList();
        List<RawTable.RawRow> rows = new ArrayList<>();
        for (int i = h + 1; i < records.size(); i++) {
            if (!blank(records.get(i))) {
                List<String> cells = records.get(i).stream().map(s -> s == null ? null : s.strip()).toList();
                rows.add(new RawTable.RawRow(numbers.get(i), cells));
            }
        }
        return new RawTable(source, header, rows);
    }

    private static boolean blank(List<String> r) {
        return r.stream().allMatch(s -> s == null || s.isBlank());
    }

    /**
     * The rows of a sheet as its reader reports them: each row's cells in column order (gaps filled with null) and
     * its 1-based row number.
     */
    static final class Rows {
        final List<List<String>> records = new ArrayList<>();
        final List<Integer> numbers = new ArrayList<>();
        private List<String> current;

        void start(int number) {
            current = new ArrayList<>();
            numbers.add(number);
        }

        void end() {
            records.add(current);
        }

        /** A cell at a 0-based column, or after the last one when {@code column} is negative. */
        void cell(int column, String value) {
            while (current.size() < column) {
                current.add(null);
            }
            current.add(value);
        }
    }

    /** POI's sheet events into {@link Rows}. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;

        Collector(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            rows.start(rowNum + 1);
        }

        @Override
        public void endRow(int rowNum) {
            rows.end();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            rows.cell(ref == null ? -1 : new CellReference(ref).getCol(), value);
        }
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * A number cell's text where no {@link DataFormatter} is needed: a date (whatever its display format) as
     * {@code yyyy-MM-dd HH:mm:ss}, a whole number without decimals; null for everything else. Kept apart from
     * {@link IsoDateFormatter} so that the common cells do not initialise POI's formatter (and its logging).
     */
    static String isoNumber(double value, int formatIndex, String formatString, boolean date1904) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime t = DateUtil.getLocalDateTime(value, date1904, true);
            return ISO.format(t);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return null;
    }

    /** Formats date cells as {@code yyyy-MM-dd HH:mm:ss} whatever their display format, so parsing is uniform. */
    static final class IsoDateFormatter extends DataFormatter {
        private final boolean date1904;

        /** {@code date1904}: the workbook counts days from 1904 (POI's event reader does not pass that on). */
        IsoDateFormatter(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            String iso = isoNumber(value, formatIndex, formatString, use1904Windowing || date1904);
            return iso != null ? iso : super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
