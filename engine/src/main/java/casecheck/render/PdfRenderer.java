package casecheck.render;

import static casecheck.render.Labels.m;

import casecheck.check.CheckResult;
import casecheck.check.Finding;
import casecheck.check.FindingKind;
import casecheck.check.NotEvaluated;
import casecheck.check.RuleInfo;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DossierDocument;
import casecheck.facts.Severity;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An A4 PDF in Chinese with the committed CJK font ({@link CjkFont}); text is masked, then sanitised so a
 * character the font lacks becomes a replacement instead of an exception (tech-notes P-P3). Metadata is masked too.
 */
final class PdfRenderer implements FindingsRenderer {

    private static final float MARGIN = 50f;
    private static final float BODY = 10f;
    private static final float LEADING = 1.45f;

    @Override
    public String name() { return "pdf"; }

    @Override
    public String extension() { return "pdf"; }

    @Override
    public boolean binary() { return true; }

    @Override
    public void render(CheckResult result, RenderContext ctx, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = CjkFont.load(doc);
            String title = "卷宗 " + m(result.subject()) + " 检查结果";
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(CjkFont.sanitize(title));
            info.setCreator(CjkFont.sanitize(m(ctx.generator())));
            info.setProducer("casecheck");
            try (Layout l = new Layout(doc, font)) {
                l.line(title + (ctx.asOf() == null ? "" : "（截至 " + ctx.asOf().date() + "）"), 15f, Color.BLACK, 0);
                l.gap();
                l.paragraph(ResultSummary.of(result).line(), BODY + 1, Color.BLACK, 0);
                for (Severity s : Severity.values()) {
                    List<Finding> group = result.findings().stream()
                            .filter(f -> (f.severity() == null ? Severity.YELLOW : f.severity()) == s).toList();
                    if (group.isEmpty()) {
                        continue;
                    }
                    l.gap();
                    l.line("■ " + s.label() + "（" + group.size() + " 项）", 12.5f, colour(s), 0);
                    int n = 1;
                    for (Finding f : group) {
                        String review = f.kind() == FindingKind.NEEDS_REVIEW ? "［需复核］" : "";
                        l.paragraph(n++ + ". " + review + "[" + f.ruleId() + "] " + m(f.title()), BODY + 0.5f, Color.BLACK, 0);
                        l.paragraph("问题：" + m(f.message()), BODY, Color.BLACK, 14);
                        l.paragraph("位置：" + Labels.where(f), BODY, Color.BLACK, 14);
                        if (f.excerpt() != null && !f.excerpt().isBlank()) {
                            l.paragraph("原文：「" + m(f.excerpt()) + "」", BODY, Color.DARK_GRAY, 14);
                        }
                        if (f.legalBasis() != null && !f.legalBasis().isBlank()) {
                            l.paragraph("依据：" + m(f.legalBasis()), BODY, Color.BLACK, 14);
                        }
                        String fix = ctx.rule(f.ruleId()).map(RuleInfo::fix).orElse("");
                        if (!fix.isBlank()) {
                            l.paragraph("整改：" + m(fix), BODY, Color.BLACK, 14);
                        }
                    }
                }
                List<DossierDocument> notChecked = result.documents().stream()
                        .filter(d -> d.outcome() != DocumentOutcome.CHECKED).toList();
                if (!notChecked.isEmpty()) {
                    l.gap();
                    l.line("未能完整检查的文书（" + notChecked.size() + " 份）", 12f, Color.BLACK, 0);
                    for (DossierDocument d : notChecked) {
                        l.paragraph("- " + m(d.path()) + "：" + Labels.outcome(d), BODY, Color.BLACK, 0);
                    }
                }
                if (!result.notEvaluated().isEmpty()) {
                    l.gap();
                    l.line("未能评估的规则（" + result.notEvaluated().size() + " 条）", 12f, Color.BLACK, 0);
                    for (NotEvaluated ne : result.notEvaluated()) {
                        String t = ctx.rule(ne.ruleId()).map(RuleInfo::title).orElse("");
                        l.paragraph("- " + ne.ruleId() + " " + m(t) + "：" + m(ne.lackOf()), BODY, Color.BLACK, 0);
                    }
                }
            }
            doc.save(out);
        }
        out.flush();
    }

    private static Color colour(Severity s) {
        return switch (s) {
            case RED -> new Color(0xCC, 0, 0);
            case ORANGE -> new Color(0xD4, 0x6B, 0x08);
            case YELLOW -> new Color(0xAD, 0x8B, 0x00);
        };
    }

    /** Top-down text layout with wrapping and page breaks. */
    private static final class Layout implements AutoCloseable {
        private final PDDocument doc;
        private final PDType0Font font;
        private final float width;
        private PDPageContentStream cs;
        private float y;

        Layout(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            this.width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            newPage();
        }

        void gap() {
            y -= BODY * 0.8f;
        }

        void paragraph(String text, float size, Color colour, float indent) throws IOException {
            for (String part : wrap(CjkFont.sanitize(text.replaceAll("\\s*\\R\\s*", " ")), size, width - indent)) {
                line(part, size, colour, indent);
            }
        }

        void line(String text, float size, Color colour, float indent) throws IOException {
            if (y - size * LEADING < MARGIN) {
                newPage();
            }
            y -= size * LEADING;
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(colour);
            cs.newLineAtOffset(MARGIN + indent, y);
            cs.showText(CjkFont.sanitize(text));
            cs.endText();
        }

        private List<String> wrap(String text, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            float w = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float cw = font.getStringWidth(ch) / 1000f * size;
                if (w + cw > max && cur.length() > 0) {
                    lines.add(cur.toString());
                    cur.setLength(0);
                    w = 0;
                }
                cur.append(ch);
                w += cw;
                i += Character.charCount(cp);
            }
            if (cur.length() > 0 || lines.isEmpty()) {
                lines.add(cur.toString());
            }
            return lines;
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

        @Override
        public void close() throws IOException {
            cs.close();
        }
    }
}
