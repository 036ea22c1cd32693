package casecheck.render;

import static casecheck.render.Labels.m;

import casecheck.check.CheckResult;
import casecheck.check.Finding;
import casecheck.check.NotEvaluated;
import casecheck.check.RuleInfo;
import casecheck.facts.DossierDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook with three sheets (问题清单, 文书, 未评估规则): frozen header row, auto-filter, and only string cells
 * (reliability row E7: text such as {@code =HYPERLINK(…)} from a document stays text, never a formula).
 */
final class XlsxRenderer implements FindingsRenderer {

    static {
        // POI asks JAXP for a parser per part: name the JDK's so that it does not search every jar each time.
        casecheck.extract.JdkXmlFactories.pin();
    }

    static final List<String> FINDING_HEADER = List.of("严重程度", "类型", "规则", "名称", "案件", "文书", "页码", "行",
            "原文摘录", "问题", "法律依据", "整改建议", "办案单位", "主办民警", "指纹");

    @Override
    public String name() { return "xlsx"; }

    @Override
    public String extension() { return "xlsx"; }

    @Override
    public boolean binary() { return true; }

    @Override
    public void render(CheckResult result, RenderContext ctx, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);

            Sheet findings = sheet(wb, "问题清单", FINDING_HEADER, header,
                    new int[] {8, 8, 8, 24, 20, 28, 6, 6, 40, 40, 40, 30, 12, 10, 18});
            int r = 1;
            for (Finding f : result.findings()) {
                String fix = ctx.rule(f.ruleId()).map(RuleInfo::fix).orElse("");
                row(findings, r++, wrap, Labels.severity(f), Labels.kind(f), f.ruleId(), m(f.title()), m(f.caseId()),
                        m(f.document()), Labels.page(f.page()), Labels.page(f.line()), m(f.excerpt()), m(f.message()),
                        m(f.legalBasis()), m(fix), m(f.unitCode()), m(f.officer()), f.fingerprint());
            }
            filter(findings, r, FINDING_HEADER.size());

            List<String> docHeader = List.of("文书", "标题", "类型", "结果", "原因", "说明", "页数", "字数");
            Sheet docs = sheet(wb, "文书", docHeader, header, new int[] {36, 24, 14, 12, 24, 36, 6, 8});
            r = 1;
            for (DossierDocument d : result.documents()) {
                row(docs, r++, wrap, m(d.path()), m(d.title()), d.type() == null ? "" : d.type().name(),
                        d.outcome() == null ? "" : d.outcome().label(), d.reason() == null ? "" : d.reason().label(),
                        m(d.detail()), Integer.toString(d.pages()), Integer.toString(d.characters()));
            }
            filter(docs, r, docHeader.size());

            List<String> neHeader = List.of("规则", "名称", "案件", "缺少");
            Sheet ne = sheet(wb, "未评估规则", neHeader, header, new int[] {8, 24, 20, 30});
            r = 1;
            for (NotEvaluated n : result.notEvaluated()) {
                row(ne, r++, wrap, n.ruleId(), m(ctx.rule(n.ruleId()).map(RuleInfo::title).orElse("")),
                        m(n.caseId()), m(n.lackOf()));
            }
            filter(ne, r, neHeader.size());

            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            core.setTitle("卷宗 " + m(result.subject()) + " 检查结果");
            core.setCreator(m(ctx.generator()));
            core.setDescription(ResultSummary.of(result).line());
            wb.write(out);
        }
        out.flush();
    }

    private static Sheet sheet(XSSFWorkbook wb, String name, List<String> header, CellStyle style, int[] widths) {
        Sheet s = wb.createSheet(name);
        Row h = s.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            h.createCell(i).setCellValue(header.get(i));
            h.getCell(i).setCellStyle(style);
            s.setColumnWidth(i, widths[i] * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    /** String cells only: setCellValue(String) never interprets a leading '='. */
    private static void row(Sheet s, int index, CellStyle style, String... values) {
        Row row = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
            row.getCell(i).setCellStyle(style);
        }
    }

    private static void filter(Sheet s, int rows, int columns) {
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
    }
}
