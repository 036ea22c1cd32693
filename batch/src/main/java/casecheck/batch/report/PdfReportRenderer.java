package casecheck.batch.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import casecheck.batch.report.UnitReport.OfficerGroup;
import casecheck.batch.report.UnitReport.Rank;
import casecheck.batch.report.UnitReport.Row;
import casecheck.batch.report.UnitReport.Tally;
import casecheck.batch.report.UnitReport.TrendDay;
import casecheck.facts.Severity;
import casecheck.render.CjkFont;

/**
 * The report as a printable A4 PDF: the shipped CJK font ({@link CjkFont}, text sanitised for glyphs it lacks),
 * tables that wrap inside their columns and repeat their header on a new page, a drawn trend chart, and
 * "第 X 页 共 Y 页" on every page. Creation date and document id are fixed from the report, so the same report
 * gives the same bytes.
 */
public final class PdfReportRenderer implements ReportRenderer {

    private static final float MARGIN = 40;
    private static final float BODY = 9;
    private static final Color GREY = new Color(0x66, 0x66, 0x66);
    private static final Color LINE = new Color(0xbb, 0xbb, 0xbb);
    private static final Color HEAD_FILL = new Color(0xee, 0xee, 0xee);

    @Override
    public String extension() { return "pdf"; }

    @Override
    public String mediaType() { return "application/pdf"; }

    @Override
    public byte[] render(UnitReport r) {
        try (PDDocument doc = new PDDocument()) {
            Layout l = new Layout(doc, CjkFont.load(doc));
            body(l, r);
            l.finish(ReportText.get("report.title", r.unitName(), r.date().toString()));
            info(doc, r);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void info(PDDocument doc, UnitReport r) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(ReportText.get("report.title", r.unitName(), r.date().toString()));
        info.setAuthor(ReportText.get("report.generator"));
        info.setCreator(ReportText.get("report.generator"));
        info.setProducer("casecheck");
        GregorianCalendar issued = GregorianCalendar.from(r.issuedAt());
        info.setCreationDate(issued);
        info.setModificationDate(issued);
        // the trailer /ID is otherwise seeded from the clock
        doc.setDocumentId((long) (r.unitCode() + "|" + r.date()).hashCode());
    }

    private static void body(Layout l, UnitReport r) throws IOException {
        l.text(ReportText.get("report.title", r.unitName(), r.date().toString()), 16, Color.BLACK);
        l.text(ReportText.get("report.meta", r.tier(),
                r.dataDate() == null ? ReportText.get("value.none") : r.dataDate().toString(),
                HtmlReportRenderer.ISSUED.format(r.issuedAt())), 8.5f, GREY);
        l.gap(6);
        if (r.banner() != null) {
            l.banner(r.banner());
        }
        l.tiles(r.open());
        l.text(ReportText.get("headline.open") + " " + r.open().total() + "　" + ReportText.get("headline.flow",
                r.fresh().total(), r.carried().total(), r.rectified().total(), r.overdue().size()), 10.5f, Color.BLACK);
        String small = ReportText.get("headline.cases", r.caseCount());
        if (r.needsReview() > 0) {
            small += "　" + ReportText.get("headline.review", r.needsReview());
        }
        l.text(small, BODY, GREY);

        if (!r.overdue().isEmpty()) {
            l.heading(ReportText.get("section.overdue"));
            List<String[]> rows = new ArrayList<>();
            List<Severity> sev = new ArrayList<>();
            for (Row row : r.overdue()) {
                rows.add(new String[] {row.severity().label(), row.caseId(), row.ruleId() + " " + row.ruleTitle(),
                        row.officer(), row.firstSeen().toString(), String.valueOf(row.ageDays())});
                sev.add(row.severity());
            }
            l.table(new float[] {44, 132, 159, 70, 60, 50}, cols("col.severity", "col.case", "col.ruleTitle",
                    "col.officer", "col.firstSeen", "col.age"), rows, sev, BODY);
        }
        if (!r.trend().isEmpty()) {
            l.heading(ReportText.get("section.trend"));
            l.chart(r.trend());
        }
        if (!r.ranking().isEmpty()) {
            l.heading(ReportText.get("section.ranking"));
            List<String[]> rows = new ArrayList<>();
            for (Rank k : r.ranking()) {
                rows.add(new String[] {String.valueOf(k.place()), k.unitName(), String.valueOf(k.cases()),
                        String.valueOf(k.problems()), k.per100() == null ? ReportText.get("value.noCases")
                                : String.format(Locale.ROOT, "%.1f", k.per100())});
            }
            l.table(new float[] {40, 215, 80, 80, 100}, cols("col.place", "col.unit", "col.cases", "col.problems",
                    "col.per100"), rows, null, BODY);
        }
        if (!r.families().isEmpty()) {
            l.heading(ReportText.get("section.families"));
            l.table(new float[] {235, 70, 70, 70, 70}, tallyHead("col.family"), tallyRows(r.families()), null, BODY);
            l.heading(ReportText.get("section.rules"));
            l.table(new float[] {235, 70, 70, 70, 70}, tallyHead("col.rule"), tallyRows(r.rules()), null, BODY);
        }
        // the first officer's caption, header and (often tall) first row follow the heading on its page
        l.heading(ReportText.get("section.officers"), 220);
        if (r.officers().isEmpty()) {
            l.text(ReportText.get("headline.none"), BODY, Color.BLACK);
        }
        for (OfficerGroup g : r.officers()) {
            String caption = g.officer() + "（" + g.counts().total() + "）";
            List<String[]> rows = new ArrayList<>();
            List<Severity> sev = new ArrayList<>();
            for (Row row : g.rows()) {
                String where = row.caseId() + (row.caseName().isEmpty() ? "" : "\n" + row.caseName()) + "\n"
                        + row.document() + (row.page() == null ? "" : " " + ReportText.get("value.page", row.page()));
                String problem = row.message() + (row.excerpt().isEmpty() ? "" : "\n“" + row.excerpt() + "”");
                String rule = row.ruleId() + " " + row.ruleTitle() + (row.kind().equals("问题") ? "" : "（" + row.kind() + "）")
                        + (row.legalBasis().isEmpty() ? "" : "\n" + row.legalBasis());
                rows.add(new String[] {row.severity().label(), where, problem, rule, row.fix(), HtmlReportRenderer.state(row)});
                sev.add(row.severity());
            }
            l.table(caption, new float[] {40, 112, 136, 114, 73, 40}, cols("col.severity", "col.case",
                    "col.message", "col.rule", "col.fix", "col.state"), rows, sev, 7.5f);
        }
        l.heading(ReportText.get("section.rectified") + "（" + r.rectifiedRows().size() + "）");
        if (r.rectifiedRows().isEmpty()) {
            l.text(ReportText.get("value.none"), BODY, Color.BLACK);
        } else {
            List<String[]> rows = new ArrayList<>();
            List<Severity> sev = new ArrayList<>();
            for (Row row : r.rectifiedRows()) {
                rows.add(new String[] {row.severity().label(), row.caseId(), row.ruleId() + " " + row.ruleTitle(),
                        row.officer(), row.firstSeen().toString()});
                sev.add(row.severity());
            }
            l.table(new float[] {44, 132, 189, 80, 70}, cols("col.severity", "col.case", "col.ruleTitle",
                    "col.officer", "col.firstSeen"), rows, sev, BODY);
        }
        l.heading(ReportText.get("section.coverage"));
        List<String> notes = r.coverage().isEmpty() ? List.of(ReportText.get("coverage.none")) : r.coverage();
        for (String n : notes) {
            l.bullet(n);
        }
        if (!r.deliveryNotes().isEmpty()) {
            l.heading(ReportText.get("section.delivery"));
            for (String n : r.deliveryNotes()) {
                l.bullet(n);
            }
        }
    }

    private static String[] cols(String... keys) {
        String[] out = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = ReportText.get(keys[i]);
        }
        return out;
    }

    private static String[] tallyHead(String first) {
        return new String[] {ReportText.get(first), Severity.RED.label(), Severity.ORANGE.label(),
                Severity.YELLOW.label(), ReportText.get("col.total")};
    }

    private static List<String[]> tallyRows(List<Tally> tallies) {
        List<String[]> rows = new ArrayList<>();
        for (Tally t : tallies) {
            rows.add(new String[] {t.severity() == null ? t.label() : t.key() + " " + t.label(),
                    String.valueOf(t.counts().red()), String.valueOf(t.counts().orange()),
                    String.valueOf(t.counts().yellow()), String.valueOf(t.counts().total())});
        }
        return rows;
    }

    static Color color(Severity s) {
        return Color.decode(HtmlReportRenderer.color(s));
    }

    /** A top-down flow of text, tables and a chart over A4 pages. Not thread-safe; one per document. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final Map<Integer, Float> widths = new HashMap<>();
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream cs;
        private float y;

        Layout(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        /** Starts a new page unless {@code h} points fit above the footer. */
        private void ensure(float h) throws IOException {
            if (y - h < MARGIN + 10) {
                newPage();
            }
        }

        void gap(float h) { y -= h; }

        void text(String s, float size, Color color) throws IOException {
            for (String line : wrap(s, size, width)) {
                ensure(size * 1.5f);
                y -= size * 1.4f;
                show(line, MARGIN, y, size, color);
            }
        }

        void heading(String s) throws IOException {
            heading(s, 95);
        }

        /** A section heading that starts a new page unless {@code keep} points fit below it. */
        void heading(String s, float keep) throws IOException {
            // keep a heading with at least the header and first row of what follows
            ensure(keep);
            y -= 10;
            text(s, 12.5f, Color.BLACK);
            cs.setStrokingColor(LINE);
            cs.setLineWidth(1);
            cs.moveTo(MARGIN, y - 3);
            cs.lineTo(MARGIN + width, y - 3);
            cs.stroke();
            y -= 7;
        }

        void table(float[] cols, String[] head, List<String[]> rows, List<Severity> severities, float size)
                throws IOException {
            table(null, cols, head, rows, severities, size);
        }

        void bullet(String s) throws IOException {
            List<String> lines = wrap(s, BODY, width - 12);
            for (int i = 0; i < lines.size(); i++) {
                ensure(BODY * 1.5f);
                y -= BODY * 1.45f;
                if (i == 0) {
                    show("•", MARGIN + 2, y, BODY, Color.BLACK);
                }
                show(lines.get(i), MARGIN + 12, y, BODY, Color.BLACK);
            }
        }

        void banner(String s) throws IOException {
            List<String> lines = wrap(s, 10.5f, width - 16);
            float h = lines.size() * 15 + 10;
            ensure(h + 6);
            float top = y - 2;
            cs.setNonStrokingColor(new Color(0xff, 0xf3, 0xcd));
            cs.addRect(MARGIN, top - h, width, h);
            cs.fill();
            cs.setStrokingColor(new Color(0xd9, 0x53, 0x4f));
            cs.setLineWidth(2);
            cs.addRect(MARGIN, top - h, width, h);
            cs.stroke();
            float ty = top - 5;
            for (String line : lines) {
                ty -= 15;
                show(line, MARGIN + 8, ty + 3, 10.5f, Color.BLACK);
            }
            y = top - h - 6;
        }

        void tiles(UnitReport.Counts open) throws IOException {
            float h = 44;
            ensure(h + 8);
            float gap = 8;
            float w = (width - 2 * gap) / 3;
            float top = y - 4;
            for (Severity s : Severity.values()) {
                float x = MARGIN + s.ordinal() * (w + gap);
                cs.setNonStrokingColor(color(s));
                cs.addRect(x, top - h, w, h);
                cs.fill();
                String n = String.valueOf(open.of(s));
                show(n, x + (w - textWidth(n, 18)) / 2, top - 22, 18, Color.WHITE);
                show(s.label(), x + (w - textWidth(s.label(), 9)) / 2, top - 37, 9, Color.WHITE);
            }
            y = top - h - 4;
        }

        void chart(List<TrendDay> days) throws IOException {
            float h = 150;
            ensure(h + 10);
            float top = y - 4;
            float bottom = top - h + 22;
            float plotTop = top - 24;
            int max = Math.max(1, days.stream().mapToInt(d -> d.counts().total()).max().orElse(1));
            float left = MARGIN + 20;
            float slot = (width - 30) / days.size();
            float lx = left;
            for (Severity s : Severity.values()) {
                cs.setNonStrokingColor(color(s));
                cs.addRect(lx, top - 10, 8, 8);
                cs.fill();
                show(s.label(), lx + 11, top - 10, 8, Color.BLACK);
                lx += 60;
            }
            cs.setStrokingColor(GREY);
            cs.setLineWidth(0.8f);
            cs.moveTo(left - 5, bottom);
            cs.lineTo(MARGIN + width, bottom);
            cs.stroke();
            for (int i = 0; i < days.size(); i++) {
                TrendDay d = days.get(i);
                float x = left + i * slot + slot * 0.2f;
                float bw = slot * 0.6f;
                float yy = bottom;
                for (Severity s : Severity.values()) {
                    int n = d.counts().of(s);
                    if (n == 0) {
                        continue;
                    }
                    float bh = (float) n / max * (plotTop - bottom);
                    cs.setNonStrokingColor(color(s));
                    cs.addRect(x, yy, bw, bh);
                    cs.fill();
                    yy += bh;
                }
                String total = String.valueOf(d.counts().total());
                show(total, x + (bw - textWidth(total, 8)) / 2, yy + 3, 8, Color.BLACK);
                String label = d.day().toString().substring(5);
                show(label, x + (bw - textWidth(label, 8)) / 2, bottom - 11, 8, GREY);
            }
            y = top - h - 4;
        }

        /**
         * A table with wrapped cells; the header repeats on every page the table spans. {@code severities}, when
         * given, colours the first cell of each row.
         */
        void table(String caption, float[] cols, String[] head, List<String[]> rows, List<Severity> severities,
                   float size) throws IOException {
            float scale = width / sum(cols);
            float[] w = new float[cols.length];
            for (int i = 0; i < cols.length; i++) {
                w[i] = cols[i] * scale;
            }
            float lead = size * 1.35f;
            float pad = 3;
            // the caption, the header and the first row stay together on one page
            float first = rows.isEmpty() ? 0 : height(cells(w, rows.get(0), size, pad), lead, pad);
            ensure((caption == null ? 0 : 22) + height(cells(w, head, size, pad), lead, pad) + first + 4);
            if (caption != null) {
                y -= 4;
                text(caption, 10.5f, Color.BLACK);
                y -= 3;
            }
            rowOut(w, head, null, size, lead, pad, true);
            for (int i = 0; i < rows.size(); i++) {
                List<List<String>> cells = cells(w, rows.get(i), size, pad);
                float h = height(cells, lead, pad);
                if (y - h < MARGIN + 10) {
                    newPage();
                    rowOut(w, head, null, size, lead, pad, true);
                }
                draw(w, cells, severities == null ? null : severities.get(i), size, lead, pad, false);
            }
            y -= 6;
        }

        private void rowOut(float[] w, String[] row, Severity sev, float size, float lead, float pad, boolean header)
                throws IOException {
            List<List<String>> cells = cells(w, row, size, pad);
            ensure(height(cells, lead, pad) + lead * 2);
            draw(w, cells, sev, size, lead, pad, header);
        }

        private List<List<String>> cells(float[] w, String[] row, float size, float pad) {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < w.length; c++) {
                List<String> lines = wrap(c < row.length ? row[c] : "", size, w[c] - 2 * pad);
                // a pathological cell must not outgrow a page
                cells.add(lines.size() > 40 ? new ArrayList<>(lines.subList(0, 40)) : lines);
            }
            return cells;
        }

        private static float height(List<List<String>> cells, float lead, float pad) {
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            return Math.max(1, lines) * lead + 2 * pad;
        }

        private void draw(float[] w, List<List<String>> cells, Severity sev, float size, float lead, float pad,
                          boolean header) throws IOException {
            float h = height(cells, lead, pad);
            float x = MARGIN;
            for (int c = 0; c < w.length; c++) {
                Color fill = header ? HEAD_FILL : (c == 0 && sev != null ? color(sev) : null);
                if (fill != null) {
                    cs.setNonStrokingColor(fill);
                    cs.addRect(x, y - h, w[c], h);
                    cs.fill();
                }
                cs.setStrokingColor(LINE);
                cs.setLineWidth(0.5f);
                cs.addRect(x, y - h, w[c], h);
                cs.stroke();
                float ty = y - pad - size;
                Color ink = c == 0 && sev != null && !header ? Color.WHITE : Color.BLACK;
                for (String line : cells.get(c)) {
                    show(line, x + pad, ty, size, ink);
                    ty -= lead;
                }
                x += w[c];
            }
            y -= h;
        }

        /** Header and "第 X 页 共 Y 页" on every page, once the page count is known. */
        void finish(String title) throws IOException {
            cs.close();
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream c = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                        true, true)) {
                    cs = c;
                    String footer = ReportText.get("page.footer", i + 1, total);
                    show(footer, MARGIN + (width - textWidth(footer, 8)) / 2, MARGIN - 18, 8, GREY);
                    if (i > 0) {
                        show(title, MARGIN, PDRectangle.A4.getHeight() - MARGIN + 14, 8, GREY);
                    }
                }
            }
        }

        private void show(String s, float x, float yy, float size, Color color) throws IOException {
            if (s.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(color);
            cs.newLineAtOffset(x, yy);
            cs.showText(CjkFont.sanitize(s));
            cs.endText();
        }

        private float textWidth(String s, float size) {
            float w = 0;
            String clean = CjkFont.sanitize(s);
            for (int i = 0; i < clean.length(); ) {
                int cp = clean.codePointAt(i);
                w += glyphWidth(cp);
                i += Character.charCount(cp);
            }
            return w / 1000f * size;
        }

        private float glyphWidth(int cp) {
            return widths.computeIfAbsent(cp, k -> {
                try {
                    return font.getStringWidth(new String(Character.toChars(k)));
                } catch (IOException | IllegalArgumentException e) {
                    return 1000f;
                }
            });
        }

        /** Lines of at most {@code max} points: breaks at line breaks, then between characters (CJK has no spaces). */
        List<String> wrap(String s, float size, float max) {
            List<String> out = new ArrayList<>();
            String clean = s == null ? "" : s;
            for (String para : clean.split("\n", -1)) {
                String p = CjkFont.sanitize(para);
                StringBuilder line = new StringBuilder();
                float w = 0;
                for (int i = 0; i < p.length(); ) {
                    int cp = p.codePointAt(i);
                    float cw = glyphWidth(cp) / 1000f * size;
                    if (w + cw > max && line.length() > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                        w = 0;
                    }
                    line.appendCodePoint(cp);
                    w += cw;
                    i += Character.charCount(cp);
                }
                out.add(line.toString());
            }
            return out;
        }

        private static float sum(float[] a) {
            float s = 0;
            for (float v : a) {
                s += v;
            }
            return s;
        }
    }
}
