package casecheck.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CjkFontTest {

    // GB2312 text, a GBK-only name character (喆, 堃), full-width punctuation and ASCII
    private static final String LINE_1 = "讯问笔录（第1次）：被讯问人王喆、李堃，身份证号11010519491231002X。";
    private static final String LINE_2 = "问：你是否申请回避？答：不申请。第 1 页 共 2 页 - ABC xyz 0123456789";

    @Test
    void chineseTextRoundTripsThroughPdfTextStripper() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = CjkFont.load(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(50, 780);
                cs.showText(CjkFont.sanitize(LINE_1));
                cs.newLineAtOffset(0, -20);
                cs.showText(CjkFont.sanitize(LINE_2));
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        // subset embedding: the 3.5 MB resource must not be embedded whole
        assertThat(pdf.length).isLessThan(100_000);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text.strip().split("\\R")).containsExactly(LINE_1, LINE_2);
        }
    }

    @Test
    void coverageIncludesGbkHanAsciiAndPunctuationButNotEmoji() {
        assertThat(CjkFont.canRender('A')).isTrue();
        assertThat(CjkFont.canRender('笔')).isTrue();
        assertThat(CjkFont.canRender('喆')).isTrue();   // GBK, not GB2312
        assertThat(CjkFont.canRender('，')).isTrue();
        assertThat(CjkFont.canRender('　')).isTrue();
        assertThat(CjkFont.canRender(CjkFont.REPLACEMENT)).isTrue();
        assertThat(CjkFont.canRender(0x1F600)).isFalse(); // 😀
    }

    @Test
    void sanitizeReplacesWhatTheFontLacksSoShowTextNeverThrows() throws IOException {
        String raw = "签名：张三😀\t确认";
        assertThat(CjkFont.sanitize(raw)).isEqualTo("签名：张三□ 确认");
        assertThat(CjkFont.sanitize(null)).isNull();
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = CjkFont.load(doc);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                // the unsanitised text is what P-P3 warns about: PDFBox refuses it
                assertThatThrownBy(() -> cs.showText(raw)).isInstanceOf(RuntimeException.class);
                cs.showText(CjkFont.sanitize(raw));
                cs.endText();
            }
        }
    }
}
