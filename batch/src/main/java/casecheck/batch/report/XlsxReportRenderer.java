package casecheck.batch.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import casecheck.batch.report.UnitReport.Rank;
import casecheck.batch.report.UnitReport.Row;
import casecheck.batch.report.UnitReport.Tally;
import casecheck.facts.Severity;

/**
 * The report as a workbook for people who filter and sort: a summary sheet, every open finding, the rectified
 * ones. Cells are only strings or numbers, never formulas, so document text such as {@code =HYPERLINK(…)} stays
 * inert (reliability-checklist E7). Headers are frozen and filterable. Core properties and ZIP entry times are
 * fixed to the issue time, so the same report gives the same bytes.
 */
public final class XlsxReportRenderer implements ReportRenderer {

    static {
        // POI asks JAXP for a parser per part: name the JDK's so that it does not search every jar each time.
        casecheck.extract.JdkXmlFactories.pin();
    }

    private static final String[] FINDING_COLUMNS = {"col.severity", "col.kind", "col.state", "col.officer", "col.unit",
            "col.case", "col.caseName", "col.document", "col.page", "col.rule", "col.ruleTitle", "col.message",
            "col.excerpt", "col.basis", "col.fix", "col.firstSeen", "col.age", "col.fingerprint"};
    /** Column widths in characters (CJK counts about two). */
    private static final int[] FINDING_WIDTHS = {8, 8, 10, 10, 16, 22, 16, 24, 6, 8, 24, 40, 40, 36, 36, 12, 8, 18};

    @Override
    public String extension() { return "xlsx"; }

    @Override
    public String mediaType() { return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"; }

    @Override
    public byte[] render(UnitReport r) {
        // Streaming, with inline strings: XSSF's shared-strings table re-serialises every string it adds to find
        // duplicates, which made this renderer an eighth of a night's CPU. Rows are written in order anyway.
        SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 1000, false, false);
        try {
            Styles st = new Styles(wb);
            summary(wb, st, r);
            List<Row> open = new ArrayList<>();
            r.officers().forEach(g -> open.addAll(g.rows()));
            findings(wb, st, ReportText.get("sheet.findings"), open);
            findings(wb, st, ReportText.get("sheet.rectified"), r.rectifiedRows());
            properties(wb, r);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return normalise(out.toByteArray(), r.issuedAt().toInstant().toEpochMilli());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // the temporary sheet files of the streaming workbook (masked report text) are removed at once
            wb.dispose();
            try {
                wb.close();
            } catch (IOException e) {
                // nothing is left to flush: the bytes were written above
            }
        }
    }

    private static void summary(SXSSFWorkbook wb, Styles st, UnitReport r) {
        SXSSFSheet sh = wb.createSheet(ReportText.get("sheet.summary"));
        sh.setColumnWidth(0, 28 * 256);
        for (int c = 1; c <= 5; c++) {
            sh.setColumnWidth(c, 14 * 256);
        }
        int y = 0;
        y = pair(sh, st, y, "summary.unit", r.unitName());
        y = pair(sh, st, y, "summary.tier", r.tier());
        y = pair(sh, st, y, "summary.date", r.dataDate() == null ? ReportText.get("value.none") : r.dataDate().toString());
        y = pair(sh, st, y, "summary.issued", HtmlReportRenderer.ISSUED.format(r.issuedAt()));
        if (r.banner() != null) {
            y = pair(sh, st, y, "summary.banner", r.banner());
        }
        y = pair(sh, st, y, "summary.cases", r.caseCount());
        y++;
        SXSSFRow head = sh.createRow(y++);
        text(head, 0, ReportText.get("col.item"), st.header);
        for (Severity s : Severity.values()) {
            text(head, 1 + s.ordinal(), s.label(), st.header);
        }
        text(head, 4, ReportText.get("col.total"), st.header);
        y = counts(sh, st, y, "summary.open", r.open());
        y = counts(sh, st, y, "summary.new", r.fresh());
        y = counts(sh, st, y, "summary.carried", r.carried());
        y = counts(sh, st, y, "summary.rectified", r.rectified());
        y = pair(sh, st, y, "summary.overdue", r.overdue().size());
        y = pair(sh, st, y, "summary.review", r.needsReview());
        y++;
        y = tallies(sh, st, y, "section.families", r.families());
        y = tallies(sh, st, y, "section.rules", r.rules());
        if (!r.ranking().isEmpty()) {
            text(sh.createRow(y++), 0, ReportText.get("section.ranking"), st.bold);
            SXSSFRow h = sh.createRow(y++);
            String[] cols = {"col.unit", "col.place", "col.cases", "col.problems", "col.per100"};
            for (int i = 0; i < cols.length; i++) {
                text(h, i, ReportText.get(cols[i]), st.header);
            }
            for (Rank k : r.ranking()) {
                SXSSFRow row = sh.createRow(y++);
                text(row, 0, k.unitName(), st.cell);
                number(row, 1, k.place(), st.cell);
                number(row, 2, k.cases(), st.cell);
                number(row, 3, k.problems(), st.cell);
                if (k.per100() == null) {
                    text(row, 4, ReportText.get("value.noCases"), st.cell);
                } else {
                    number(row, 4, k.per100(), st.cell);
                }
            }
            y++;
        }
        if (!r.trend().isEmpty()) {
            text(sh.createRow(y++), 0, ReportText.get("section.trend"), st.bold);
            SXSSFRow h = sh.createRow(y++);
            text(h, 0, ReportText.get("col.date"), st.header);
            for (Severity s : Severity.values()) {
                text(h, 1 + s.ordinal(), s.label(), st.header);
            }
            text(h, 4, ReportText.get("col.total"), st.header);
            for (UnitReport.TrendDay d : r.trend()) {
                y = countsRow(sh, st, y, d.day().toString(), d.counts());
            }
            y++;
        }
        text(sh.createRow(y++), 0, ReportText.get("section.coverage"), st.bold);
        List<String> notes = r.coverage().isEmpty() ? List.of(ReportText.get("coverage.none")) : r.coverage();
        for (String n : notes) {
            text(sh.createRow(y++), 0, n, st.plain);
        }
        for (String n : r.deliveryNotes()) {
            text(sh.createRow(y++), 0, n, st.plain);
        }
        sh.createFreezePane(0, 1);
    }

    private static int pair(SXSSFSheet sh, Styles st, int y, String key, Object value) {
        SXSSFRow row = sh.createRow(y);
        text(row, 0, ReportText.get(key), st.bold);
        if (value instanceof Number n) {
            number(row, 1, n.doubleValue(), st.plain);
        } else {
            text(row, 1, String.valueOf(value), st.plain);
        }
        return y + 1;
    }

    private static int counts(SXSSFSheet sh, Styles st, int y, String key, UnitReport.Counts c) {
        return countsRow(sh, st, y, ReportText.get(key), c);
    }

    private static int countsRow(SXSSFSheet sh, Styles st, int y, String label, UnitReport.Counts c) {
        SXSSFRow row = sh.createRow(y);
        text(row, 0, label, st.cell);
        for (Severity s : Severity.values()) {
            number(row, 1 + s.ordinal(), c.of(s), st.cell);
        }
        number(row, 4, c.total(), st.cell);
        return y + 1;
    }

    private static int tallies(SXSSFSheet sh, Styles st, int y, String section, List<Tally> tallies) {
        if (tallies.isEmpty()) {
            return y;
        }
        text(sh.createRow(y++), 0, ReportText.get(section), st.bold);
        for (Tally t : tallies) {
            y = countsRow(sh, st, y, t.severity() == null ? t.label() : t.key() + " " + t.label(), t.counts());
        }
        return y + 1;
    }

    private static void findings(SXSSFWorkbook wb, Styles st, String name, List<Row> rows) {
        SXSSFSheet sh = wb.createSheet(name);
        SXSSFRow head = sh.createRow(0);
        for (int i = 0; i < FINDING_COLUMNS.length; i++) {
            text(head, i, ReportText.get(FINDING_COLUMNS[i]), st.header);
            sh.setColumnWidth(i, FINDING_WIDTHS[i] * 256);
        }
        int y = 1;
        for (Row r : rows) {
            SXSSFRow row = sh.createRow(y++);
            int c = 0;
            text(row, c++, r.severity().label(), st.cell);
            text(row, c++, r.kind(), st.cell);
            text(row, c++, HtmlReportRenderer.state(r), st.cell);
            text(row, c++, r.officer(), st.cell);
            text(row, c++, r.unitName(), st.cell);
            text(row, c++, r.caseId(), st.cell);
            text(row, c++, r.caseName(), st.cell);
            text(row, c++, r.document(), st.cell);
            if (r.page() == null) {
                text(row, c++, "", st.cell);
            } else {
                number(row, c++, r.page(), st.cell);
            }
            text(row, c++, r.ruleId(), st.cell);
            text(row, c++, r.ruleTitle(), st.cell);
            text(row, c++, r.message(), st.wrap);
            text(row, c++, r.excerpt(), st.wrap);
            text(row, c++, r.legalBasis(), st.wrap);
            text(row, c++, r.fix(), st.wrap);
            text(row, c++, r.firstSeen().toString(), st.cell);
            number(row, c++, r.ageDays(), st.cell);
            text(row, c, r.fingerprint(), st.cell);
        }
        sh.createFreezePane(0, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, y - 1), 0, FINDING_COLUMNS.length - 1));
    }

    private static void properties(SXSSFWorkbook wb, UnitReport r) {
        POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
        Date issued = Date.from(r.issuedAt().toInstant());
        core.setTitle(ReportText.get("report.title", r.unitName(), r.date().toString()));
        core.setCreator(ReportText.get("report.generator"));
        core.setLastModifiedByUser(ReportText.get("report.generator"));
        core.setCreated(Optional.of(issued));
        core.setModified(Optional.of(issued));
        core.setDescription(null);
        core.setKeywords(null);
        wb.getXSSFWorkbook().getProperties().getExtendedProperties().getUnderlyingProperties()
                .setApplication("casecheck");
    }

    /** Rewrites the ZIP container with every entry dated {@code epochMillis}: POI stamps entries with the clock. */
    static byte[] normalise(byte[] zip, long epochMillis) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        // The streaming workbook writes STORED entries with data descriptors, which java.util.zip cannot read.
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true);
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(epochMillis);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void text(SXSSFRow row, int col, String value, CellStyle style) {
        SXSSFCell cell = row.createCell(col);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static void number(SXSSFRow row, int col, double value, CellStyle style) {
        SXSSFCell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The few cell styles the workbook uses, created once per workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle cell;
        final CellStyle wrap;
        final CellStyle bold;
        final CellStyle plain;

        Styles(SXSSFWorkbook wb) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            borders(header);
            cell = wb.createCellStyle();
            cell.setVerticalAlignment(VerticalAlignment.TOP);
            borders(cell);
            wrap = wb.createCellStyle();
            wrap.cloneStyleFrom(cell);
            wrap.setWrapText(true);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            plain = wb.createCellStyle();
            plain.setWrapText(false);
        }

        private static void borders(CellStyle s) {
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
    }
}
