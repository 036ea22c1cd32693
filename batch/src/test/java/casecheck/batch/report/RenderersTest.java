package casecheck.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RenderersTest {

    private final UnitReportBuilder builder =
            new UnitReportBuilder(ReportFixtures.input(), ReportSettings.defaults(), ReportFixtures.advice());

    @Test
    @Tag("E8")
    void htmlIsSelfContainedEscapedAndComplete() {
        UnitReport r = builder.build("P11");
        String html = new String(new HtmlReportRenderer().render(r), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.select("link, iframe, object, embed")).isEmpty();
        assertThat(doc.select("[style]")).isEmpty();
        assertThat(doc.select("[src], [href]")).isEmpty();
        Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertThat(csp).isNotNull();
        assertThat(csp.attr("content")).startsWith("default-src 'none'").doesNotContain("script-src");
        assertThat(doc.title()).isEqualTo("城关派出所（值班138****8000） 执法质量晨报 2026-11-22");
        // the hostile excerpt is shown as text
        assertThat(doc.select("#findings .excerpt").eachText()).contains("<img src=x onerror=alert(1)></script>");
        assertThat(doc.select("#findings .card")).hasSize(4);
        assertThat(doc.select("#findings h3").eachText()).containsExactly("李警官（2）", "张警官１３８****８０００（1）",
                "未指明民警（1）");
        assertThat(doc.select(".tile").eachText()).containsExactly("2红色", "1橙色", "1黄色");
        assertThat(doc.select("#overdue li")).hasSize(1);
        assertThat(doc.select("#overdue li").text()).contains("LO-01").contains("A11002").contains("超期 5 天");
        assertThat(doc.select("#rectified li")).hasSize(1);
        assertThat(doc.select("#rectified li").text()).contains("TX-03");
        assertThat(doc.select("svg#trend rect[fill]")).isNotEmpty();
        assertThat(doc.select("#coverage li").eachText()).anyMatch(t -> t.contains("强制措施"));
        assertThat(doc.select("#banner")).isEmpty();
        assertThat(doc.text()).contains("整改要求：整改：补正TX-01").contains("法律依据：《刑事诉讼法》第一百二十二条");
    }

    @Test
    void htmlOfUpperTierHasRankingAndIncompleteNightHasBanner() {
        Document city = Jsoup.parse(new HtmlReportRenderer().html(builder.build("C0")));
        assertThat(city.select("#ranking tr")).hasSize(3);
        assertThat(city.select("#ranking td").eachText()).contains("东城分局", "166.7", "西城分局", "75.0");
        UnitReport late = new UnitReportBuilder(ReportFixtures.incomplete(), ReportSettings.defaults(), RuleAdvice.none())
                .build("C0");
        Document doc = Jsoup.parse(new HtmlReportRenderer().html(late));
        assertThat(doc.select("#banner").text()).contains("昨夜检查未完成").contains("2026-11-21");
    }

    @Test
    @Tag("E7")
    void xlsxHasThreeSheetsFrozenFilteredAndNoFormulas() throws IOException {
        UnitReport r = builder.build("P11");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new XlsxReportRenderer().render(r)))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("汇总", "问题清单", "已整改");
            XSSFSheet findings = wb.getSheet("问题清单");
            assertThat(findings.getPaneInformation().isFreezePane()).isTrue();
            assertThat(findings.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(findings.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(findings.getColumnWidth(11)).isGreaterThan(30 * 256);
            assertThat(findings.getLastRowNum()).isEqualTo(4);
            assertThat(findings.getRow(0).getCell(5).getStringCellValue()).isEqualTo("案件编号");
            List<String> excerpts = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                excerpts.add(findings.getRow(i).getCell(12).getStringCellValue());
            }
            assertThat(excerpts).contains("=HYPERLINK(\"http://x\",\"a\")", "@SUM(1)");
            assertThat(wb.getSheet("已整改").getLastRowNum()).isEqualTo(1);
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                for (Row row : wb.getSheetAt(s)) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC, CellType.BLANK);
                    }
                }
            }
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo(
                    "城关派出所（值班138****8000） 执法质量晨报 2026-11-22");
            assertThat(wb.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(java.util.Date.from(r.issuedAt().toInstant()));
        }
    }

    @Test
    void pdfIsA4WithChineseTextPageNumbersAndFixedMetadata() throws IOException {
        UnitReport r = builder.build("C0");
        try (PDDocument pdf = Loader.loadPDF(new PdfReportRenderer().render(r))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            String text = new PDFTextStripper().getText(pdf);
            int pages = pdf.getNumberOfPages();
            assertThat(text).contains("示例市公安局 执法质量晨报 2026-11-22").contains("下属单位排名").contains("东城分局")
                    .contains("近 7 日在办问题趋势").contains("问题明细（按责任民警）").contains("A11001")
                    .contains("第 1 页 共 " + pages + " 页").contains("数据覆盖说明");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("示例市公安局 执法质量晨报 2026-11-22");
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(r.issuedAt().toInstant());
        }
    }

    @Test
    @Tag("D11")
    void sameReportGivesSameBytes() throws InterruptedException {
        UnitReport r = builder.build("C0");
        List<ReportRenderer> renderers = List.of(new HtmlReportRenderer(), new XlsxReportRenderer(), new PdfReportRenderer());
        List<byte[]> first = renderers.stream().map(x -> x.render(r)).toList();
        // ZIP entry times have a two-second resolution: cross at least one tick so a clock-stamped file would differ
        Thread.sleep(2100);
        UnitReport again = new UnitReportBuilder(ReportFixtures.input(), ReportSettings.defaults(), ReportFixtures.advice())
                .build("C0");
        for (int i = 0; i < renderers.size(); i++) {
            assertThat(renderers.get(i).render(again)).as(renderers.get(i).extension()).isEqualTo(first.get(i));
        }
    }
}
