package casecheck.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import casecheck.extract.OoxmlPackage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming XLSX reader gives POI's rows, row numbers and cell texts: on every sample table, on the workbooks the
 * other tests write, and on generated workbooks with each kind of cell; what it does not support goes to POI, and
 * what nobody should read (XXE, a zip bomb) is refused.
 */
class XlsxSheetTest {

    private static final String MAIN = XlsxSheet.MAIN;
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Cells compared by one test. */
    private int cellsCompared;

    /** Asserts that the streaming reader reads {@code xlsx} itself and exactly as POI does; returns the table. */
    private RawTable assertSameAsPoi(String what, byte[] xlsx) throws Exception {
        TableReader.Rows poi = TableReader.rowsWithPoi(xlsx);
        TableReader.Rows fast = new TableReader.Rows();
        XlsxSheet.read(xlsx, fast);
        assertThat(fast.numbers).as("%s: row numbers", what).isEqualTo(poi.numbers);
        assertThat(fast.records).as("%s: cells", what).isEqualTo(poi.records);
        RawTable table = TableReader.xlsx(what, xlsx);
        assertThat(table).as(what).isEqualTo(TableReader.xlsxWithPoi(what, xlsx));
        cellsCompared += poi.records.stream().mapToInt(List::size).sum();
        return table;
    }

    @Test
    void everySampleTableReadsAsPoiReadsIt() throws Exception {
        List<Path> tables;
        try (Stream<Path> s = Files.list(Path.of("../samples/export"))) {
            tables = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(tables).hasSizeGreaterThanOrEqualTo(5);
        for (Path p : tables) {
            RawTable t = assertSameAsPoi(p.toString(), Files.readAllBytes(p));
            assertThat(t.rows()).as(p.toString()).isNotEmpty();
        }
        assertThat(cellsCompared).isGreaterThan(1000);
        // the loaded export is the same whichever reader read the tables
        ExportTables loaded = ExportTables.load(Path.of("../samples/export"));
        assertThat(loaded.cases()).isNotEmpty();
        assertThat(loaded.warnings()).noneMatch(w -> w.contains("无法读取"));
    }

    @Test
    void theWorkbooksOtherTestsWriteReadAsPoiReadsThem() throws Exception {
        assertSameAsPoi("ExportTablesTest", ExportTablesTest.xlsx(
                new String[] {"接警单编号", "报警时间", "警情概要"},
                new String[] {"J1", "DATE:2026-11-22T14:05", "报警称被人殴打"},
                new String[] {"J2", null, "无"},
                new String[] {null, "DATE:2026-01-01T00:00", "夜间"}));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            // ExportVarietyTest: a date typed as a plain number (General format)
            XSSFRow r = wb.createSheet("警情").createRow(1);
            r.createCell(0).setCellValue("J1");
            r.createCell(1).setCellValue(46329.378472222);
            r.createCell(4).setCellValue("11月3日上午");
            assertThat(assertSameAsPoi("ExportVarietyTest", bytes(wb)).header()).contains("46329.37847");
        }
    }

    // ---------------------------------------------------------------------------------------------- generated

    @Test
    void everyKindOfCellAsPoi() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("数据");
            var formats = wb.getCreationHelper().createDataFormat();
            CellStyle builtinDate = style(wb, (short) 14);
            CellStyle builtinDateTime = style(wb, (short) 22);
            CellStyle builtinTime = style(wb, (short) 20);
            CellStyle customDateTime = style(wb, formats.getFormat("yyyy-mm-dd hh:mm:ss"));
            CellStyle chineseDate = style(wb, formats.getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle elapsed = style(wb, formats.getFormat("[h]:mm:ss"));
            CellStyle decimals = style(wb, formats.getFormat("0.00"));
            CellStyle percent = style(wb, (short) 10);
            CellStyle text = style(wb, (short) 49);
            XSSFRow h = sheet.createRow(0);
            String[] header = {"日期", "日期时间", "时间", "自定义", "中文日期", "时长", "小数", "整数", "布尔", "错误", "公式",
                "字符串公式", "百分比", "文本格式", "富文本"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= 3; r++) {
                XSSFRow row = sheet.createRow(r);
                LocalDateTime t = LocalDateTime.of(2026, 11, r, 9 + r, 5 * r, r);
                set(row, 0, builtinDate).setCellValue(t);
                set(row, 1, builtinDateTime).setCellValue(t);
                set(row, 2, builtinTime).setCellValue(0.25 + r / 100.0);
                set(row, 3, customDateTime).setCellValue(t);
                set(row, 4, chineseDate).setCellValue(t);
                set(row, 5, elapsed).setCellValue(1.5 * r);
                set(row, 6, decimals).setCellValue(r * 1.005);
                row.createCell(7).setCellValue(r * 1_000_000.0);
                row.createCell(8).setCellValue(r % 2 == 0);
                row.createCell(9).setCellErrorValue(r == 1 ? FormulaError.DIV0 : FormulaError.NA);
                set(row, 10, builtinDateTime).setCellFormula("B" + (r + 1) + "+1");
                row.createCell(11).setCellFormula("\"案\"&\"" + r + "\"");
                set(row, 12, percent).setCellValue(r / 8.0);
                set(row, 13, text).setCellValue(r * 7.5);
                XSSFRichTextString rich = new XSSFRichTextString("张三_x000D_（男）" + r);
                XSSFFont bold = wb.createFont();
                bold.setBold(true);
                rich.applyFont(0, 2, bold);
                row.createCell(14).setCellValue(rich);
            }
            XSSFRow odd = sheet.createRow(4);
            odd.createCell(0).setCellValue(-0.5);
            odd.createCell(1).setCellValue(1e16);
            odd.createCell(2).setCellValue(123456789.123);
            odd.createCell(3).setCellValue(-42.0);
            set(odd, 4, builtinDate).setCellValue(-3);
            set(odd, 5, decimals); // a styled cell without a value
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            RawTable t = assertSameAsPoi("kinds", bytes(wb));
            assertThat(t.rows().get(0).cells()).startsWith("2026-11-01 10:05:01", "2026-11-01 10:05:01")
                    .contains("FALSE", "ERROR:#DIV/0!", "案1", "1000000", "2026-11-02 10:05:01")
                    .doesNotContain((String) null);
            assertThat(t.rows().get(1).cells()).contains("TRUE", "ERROR:#N/A", "2026-11-02 11:10:02", "案2");
        }
    }

    @Test
    void sparseRowsAndCellsEmptyAndSecondSheetsAsPoi() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("稀疏");
            sheet.createRow(2).createCell(3).setCellValue("表头D");
            sheet.getRow(2).createCell(27).setCellValue("表头AB");
            sheet.createRow(5).createCell(0).setCellValue("A6");
            sheet.createRow(6); // an empty row
            XSSFRow far = sheet.createRow(1000);
            far.createCell(1).setCellValue(" 两边空格 ");
            far.createCell(702).setCellValue("AAA列");
            wb.createSheet("第二个").createRow(0).createCell(0).setCellValue("不读");
            RawTable t = assertSameAsPoi("sparse", bytes(wb));
            assertThat(t.header()).hasSize(28).startsWith("", "", "", "表头D").endsWith("表头AB");
            assertThat(t.rows()).extracting(RawTable.RawRow::number).containsExactly(6, 1001);
            assertThat(t.rows().get(1).cell(1)).isEqualTo("两边空格");
            assertThat(t.rows().get(1).cells()).hasSize(703).endsWith("AAA列");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("空");
            wb.createSheet("有数据").createRow(0).createCell(0).setCellValue("不读");
            RawTable t = assertSameAsPoi("empty first sheet", bytes(wb));
            assertThat(t.header()).isEmpty();
            assertThat(t.rows()).isEmpty();
        }
    }

    @Test
    void streamedWorkbooksWithInlineStringsAsPoi() throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            Sheet sheet = wb.createSheet("流式");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d h:mm"));
            for (int r = 0; r < 50; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("第" + r + "行 <&> \"引号\"");
                row.createCell(2).setCellValue(r * 0.1);
                var c = row.createCell(3);
                c.setCellValue(LocalDateTime.of(2026, 1, 1, 0, 0).plusHours(r * 7L));
                c.setCellStyle(date);
                row.createCell(4).setCellValue(r % 3 == 0);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            byte[] xlsx = out.toByteArray();
            assertThat(new String(sheetXml(xlsx), StandardCharsets.UTF_8)).contains("t=\"inlineStr\"");
            RawTable t = assertSameAsPoi("streamed", xlsx);
            assertThat(t.rows()).hasSize(49);
            assertThat(t.rows().get(0).cells()).startsWith("第1行 <&> \"引号\"", null, "0.1", "2026-01-01 07:00:00");
        }
    }

    // ---------------------------------------------------------------------------------------------- by hand

    private static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"2\">"
            + "<numFmt numFmtId=\"14\" formatCode=\"yyyy/m/d\"/><numFmt numFmtId=\"170\" formatCode=\"0.000\"/>"
            + "</numFmts><cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"170\"/><xf/>"
            + "</cellXfs></styleSheet>";

    @Test
    void handWrittenPartsAsPoi() throws Exception {
        String sheet = sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"D1\" t=\"s\"><v>2</v></c><c r=\"E1\" t=\"s\"><v></v></c></row>"
                // a row and cells without references: numbered on from the last
                + "<row><c t=\"inlineStr\"><is><t>无引用</t></is></c><c><v>45231.5</v></c><c s=\"1\"><v>45231.5</v></c>"
                + "<c s=\"2\"><v>3.14159</v></c><c s=\"3\"><v>7</v></c><c s=\"99\"><v>8.50</v></c></row>"
                + "<row r=\"7\"><c r=\"B7\" t=\"inlineStr\"><is><r><t>富</t></r><r><t xml:space=\"preserve\"> 文本</t></r>"
                + "</is></c><c r=\"C7\" t=\"str\"><f>A1</f><v>公式文本</v></c><c r=\"D7\" s=\"1\"><f>1+1</f><v>45000</v></c>"
                + "<c r=\"E7\"><f>A2</f></c><c r=\"F7\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                + "<c r=\"G7\" t=\"b\"><v>0</v></c><c r=\"H7\"><v> 12 </v></c><c r=\"I7\" t=\"s\"><v>x</v></c></row>"
                + "<row><c r=\"A8\"><v>1</v></c><x:c xmlns:x=\"urn:other\"><x:v>外部</x:v></x:c></row>");
        String sst = "<sst xmlns=\"" + MAIN + "\" count=\"3\" uniqueCount=\"3\"><si><t>编号</t></si>"
                + "<si><r><rPr><b/></rPr><t>姓</t></r><r><t>名</t></r></si>"
                + "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si></sst>";
        RawTable t = assertSameAsPoi("by hand", xlsx(parts(sheet, sst, STYLES)));
        assertThat(t.header()).containsExactly("编号", "", "姓名", "東京", "");
        assertThat(t.rows().get(0).number()).isEqualTo(2);
        assertThat(t.rows().get(0).cells())
                .containsExactly("无引用", "45231.5", "2023-11-01 12:00:00", "3.142", "7", "8.50");
        assertThat(t.rows().get(1).cells()).containsExactly(null, "富 文本", "公式文本", "2023-03-15 00:00:00", null,
                "ERROR:#DIV/0!", "FALSE", "12", null);
        assertThat(t.rows().get(2).number()).isEqualTo(8);
        assertThat(t.rows().get(2).cells()).containsExactly("1");

        // without a styles part numbers stay as written
        Map<String, String> noStyles = parts(sheet, sst, null);
        RawTable raw = assertSameAsPoi("no styles", xlsx(noStyles));
        assertThat(raw.rows().get(0).cells()).containsExactly("无引用", "45231.5", "45231.5", "3.14159", "7", "8.50");
    }

    @Test
    void theFirstSheetIsTheWorkbooksFirstWhereverItLies() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("xl/worksheets/sheet1.xml", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>第二张</t></is></c></row>"));
        p.put("[Content_Types].xml", contentTypes("/xl/worksheets/sheet1.xml", "/xl/data/tableA.xml"));
        p.put("_rels/.rels", rels("rId1", R + "/officeDocument", "xl/workbook.xml"));
        p.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + R + "\"><sheets>"
                + "<sheet name=\"甲\" sheetId=\"2\" r:id=\"rId7\"/><sheet name=\"乙\" sheetId=\"1\" r:id=\"rId3\"/>"
                + "</sheets></workbook>");
        p.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId3\" Type=\"" + R + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId7\" Type=\"" + R + "/worksheet\" Target=\"/xl/data/tableA.xml\"/>"
                + "</Relationships>");
        p.put("xl/data/tableA.xml", sheet("<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>第一张</t></is></c></row>"));
        RawTable t = assertSameAsPoi("order", xlsx(p));
        assertThat(t.header()).containsExactly("", "第一张");
    }

    @Test
    void theWorkbookIsFoundThroughThePackageRelationships() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", contentTypes("/xl/worksheets/sheet1.xml").replace("/xl/workbook.xml",
                "/book/main.xml"));
        p.put("_rels/.rels", rels("rId1", R + "/officeDocument", "/book/main.xml"));
        p.put("book/main.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + R + "\"><sheets>"
                + "<sheet name=\"表1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        p.put("book/_rels/main.xml.rels", rels("rId1", R + "/worksheet", "../xl/worksheets/sheet1.xml"));
        p.put("xl/worksheets/sheet1.xml", sheet("<row r=\"1\"><c r=\"A1\"><v>5</v></c></row>"));
        assertThat(assertSameAsPoi("moved workbook", xlsx(p)).header()).containsExactly("5");
    }

    @Test
    void phoneticRunsAreNotTextInInlineStringsEither() throws Exception {
        String sheet = sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>東京</t><rPh sb=\"0\" eb=\"2\">"
                + "<t>トウキョウ</t></rPh></is></c></row>");
        TableReader.Rows rows = new TableReader.Rows();
        XlsxSheet.read(xlsx(parts(sheet, null, null)), rows);
        assertThat(rows.records).containsExactly(List.of("東京"));
        // POI's event reader runs them in (the only difference left, and only on the fallback path)
        assertThat(TableReader.rowsWithPoi(xlsx(parts(sheet, null, null))).records)
                .containsExactly(List.of("東京トウキョウ"));
    }

    @Test
    void aWorkbookInThe1904DateSystemHasItsDatesRight() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var ct = wb.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            assertThat(wb.isDate1904()).isTrue();
            XSSFRow row = wb.createSheet("Mac").createRow(0);
            set(row, 0, style(wb, (short) 22)).setCellValue(LocalDateTime.of(2026, 11, 3, 9, 5));
            row.createCell(1).setCellValue(46329.0); // a plain number is not a date in either system
            byte[] xlsx = bytes(wb);
            assertThat(new String(sheetXml(xlsx), StandardCharsets.UTF_8)).contains("<v>44867.37847222222");
            RawTable t = assertSameAsPoi("date1904", xlsx);
            assertThat(t.header()).containsExactly("2026-11-03 09:05:00", "46329");
        }
    }

    // ---------------------------------------------------------------------------------------------- refused

    @Test
    void strictOoxmlIsLeftToPoi() throws Exception {
        String strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        Map<String, String> p = parts(sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").replace(MAIN, strict),
                null, null);
        p.put("_rels/.rels", rels("rId1", "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
                "xl/workbook.xml"));
        p.put("xl/workbook.xml", p.get("xl/workbook.xml").replace(MAIN, strict));
        byte[] xlsx = xlsx(p);
        assertThatThrownBy(() -> XlsxSheet.read(xlsx, new TableReader.Rows()))
                .isInstanceOf(OoxmlPackage.Unsupported.class).hasMessageContaining("strict");
        assertSameOutcome(xlsx);
        assertThatThrownBy(() -> TableReader.xlsx("strict.xlsx", xlsx)).isInstanceOf(IOException.class)
                .hasMessageContaining("Strict OOXML");
    }

    @Test
    void encryptedTruncatedAndForeignFilesEndAsBefore() throws Exception {
        byte[] plain = ExportTablesTest.xlsx(new String[] {"编号", "姓名"}, new String[] {"1", "王某某"});
        List<byte[]> notXlsx = List.of(encrypt(plain), truncate(plain, 0.6), new byte[0],
                "编号,姓名\n1,王某某\n".getBytes(StandardCharsets.UTF_8), zipOf("readme.txt", "不是表格"));
        for (byte[] b : notXlsx) {
            assertThatThrownBy(() -> XlsxSheet.read(b, new TableReader.Rows()))
                    .isInstanceOf(OoxmlPackage.Unsupported.class);
            assertSameOutcome(b);
            assertThatThrownBy(() -> TableReader.xlsx("坏.xlsx", b)).isInstanceOf(IOException.class);
        }
        for (double cut : new double[] {0.3, 0.8, 0.9, 0.95, 0.99}) {
            assertSameOutcome(truncate(plain, cut));
        }
        // a package entry without a content type: POI refuses such a package, so the streaming reader leaves it to POI
        Map<String, String> p = parts(sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"), null, null);
        p.put("xl/extra.bin", "?");
        assertThatThrownBy(() -> XlsxSheet.read(xlsx(p), new TableReader.Rows()))
                .isInstanceOf(OoxmlPackage.Unsupported.class).hasMessageContaining("content type");
        assertSameOutcome(xlsx(p));
    }

    @Test
    void anExternalEntityInTheSharedStringsIsNeverRead(@TempDir Path tmp) throws Exception {
        Path canary = tmp.resolve("canary.txt");
        Files.writeString(canary, "CANARY-7f3a");
        String sst = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"" + canary.toUri() + "\">]>"
                + "<sst xmlns=\"" + MAIN + "\"><si><t>&x;</t></si></sst>";
        byte[] xlsx = xlsx(parts(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), sst, null));
        assertThatThrownBy(() -> XlsxSheet.read(xlsx, new TableReader.Rows()))
                .isInstanceOf(OoxmlPackage.Unsupported.class).hasMessageContaining("DTD");
        assertThatThrownBy(() -> TableReader.xlsx("xxe.xlsx", xlsx)).isInstanceOf(IOException.class)
                .hasMessageNotContaining("CANARY");
        assertSameOutcome(xlsx);
    }

    @Test
    void aZipBombPartIsRefusedWithAClearErrorAndBoundedMemory() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(1);
            for (Map.Entry<String, String> e : parts(null, null, null).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'A');
            for (int i = 0; i < 1024; i++) { // 1 GB inflated
                zip.write(block);
            }
            zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(8 << 20);
        assertThatThrownBy(() -> TableReader.xlsx("炸弹.xlsx", bomb)).isInstanceOf(IOException.class)
                .hasMessageContaining("xl/worksheets/sheet1.xml").hasMessageContaining("疑似压缩炸弹");
        // POI's own guard refuses it too
        assertThatThrownBy(() -> TableReader.xlsxWithPoi("炸弹.xlsx", bomb)).isInstanceOf(IOException.class);
    }

    @Test
    void cellReferencesAreReadWithoutPoi() throws Exception {
        assertThat(XlsxSheet.column("A1")).isZero();
        assertThat(XlsxSheet.column("Z9")).isEqualTo(25);
        assertThat(XlsxSheet.column("AA10")).isEqualTo(26);
        assertThat(XlsxSheet.column("XFD1048576")).isEqualTo(16383);
        for (String odd : List.of("", "1", "A", "a1", "$A$1", "AAAA1", "A1B", "表1!A1")) {
            assertThatThrownBy(() -> XlsxSheet.column(odd)).as(odd).isInstanceOf(OoxmlPackage.Unsupported.class);
        }
        assertThat(XlsxSheet.utfDecode("a_x000D_b_x005F_x0041_")).isEqualTo("a\rb_x0041_");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** The table reader ends where POI alone ends: the same table, or an error with the same message. */
    private static void assertSameOutcome(byte[] xlsx) {
        Object viaReader;
        Object viaPoi;
        try {
            viaReader = TableReader.xlsx("t.xlsx", xlsx);
        } catch (IOException e) {
            viaReader = e.getMessage();
        }
        try {
            viaPoi = TableReader.xlsxWithPoi("t.xlsx", xlsx);
        } catch (IOException e) {
            viaPoi = e.getMessage();
        }
        assertThat(viaReader).isEqualTo(viaPoi);
    }

    private static CellStyle style(Workbook wb, short format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
        return s;
    }

    private static XSSFCell set(XSSFRow row, int col, CellStyle style) {
        XSSFCell c = row.createCell(col);
        c.setCellStyle(style);
        return c;
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    private static byte[] sheetXml(byte[] xlsx) throws Exception {
        return OoxmlPackage.read(xlsx, n -> true, Long.MAX_VALUE, Long.MAX_VALUE).part("xl/worksheets/sheet1.xml");
    }

    private static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN
                + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    private static String rels(String id, String type, String target) {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/></Relationships>";
    }

    private static String contentTypes(String... sheets) {
        StringBuilder b = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.styles+xml\"/>");
        for (String s : sheets) {
            b.append("<Override PartName=\"").append(s).append("\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return b.append("</Types>").toString();
    }

    /** A minimal package: one sheet, optional shared strings and styles (null: left out). */
    private static Map<String, String> parts(String sheet, String sst, String styles) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", contentTypes("/xl/worksheets/sheet1.xml"));
        p.put("_rels/.rels", rels("rId1", R + "/officeDocument", "xl/workbook.xml"));
        p.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + R + "\"><sheets>"
                + "<sheet name=\"表1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        StringBuilder wbRels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + R + "/worksheet\" "
                + "Target=\"worksheets/sheet1.xml\"/>");
        if (sst != null) {
            wbRels.append("<Relationship Id=\"rId2\" Type=\"").append(R)
                    .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            p.put("xl/sharedStrings.xml", sst);
        }
        if (styles != null) {
            wbRels.append("<Relationship Id=\"rId3\" Type=\"").append(R).append("/styles\" Target=\"styles.xml\"/>");
            p.put("xl/styles.xml", styles);
        }
        p.put("xl/_rels/workbook.xml.rels", wbRels.append("</Relationships>").toString());
        if (sheet != null) {
            p.put("xl/worksheets/sheet1.xml", sheet);
        }
        return p;
    }

    private static byte[] xlsx(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static byte[] zipOf(String name, String text) throws IOException {
        return xlsx(Map.of(name, text));
    }

    private static byte[] truncate(byte[] data, double fraction) {
        return java.util.Arrays.copyOf(data, (int) (data.length * fraction));
    }

    /** Office's "protect with password" (agile encryption): an OLE2 container, not a zip. */
    private static byte[] encrypt(byte[] ooxml) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("口令");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(ooxml));
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

}
