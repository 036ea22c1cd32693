package casecheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.render.CjkFont;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;

/** A scan with an OCR text layer is told apart from a born-digital page with a small pasted signature image. */
class ScannedPageTest {

    private static byte[] pdf(int imageWidth, int imageHeight, RenderingMode mode) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont font = CjkFont.load(doc);
            PDImageXObject img = LosslessFactory.createFromImage(doc,
                    new BufferedImage(imageWidth, imageHeight, BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(img, 0, 0, PDRectangle.A4.getWidth(),
                        PDRectangle.A4.getWidth() * imageHeight / imageWidth);
                cs.beginText();
                cs.setRenderingMode(mode);
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("讯问笔录 被讯问人：张三");
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPageSizedImageUnderInvisibleOcrTextIsAScan() throws Exception {
        Extraction e = new DocumentReader().read("讯问笔录.pdf", pdf(1240, 1754, RenderingMode.NEITHER));
        assertThat(e.pages().get(0)).contains("被讯问人");
        assertThat(e.scannedPages()).containsExactly(1);
    }

    @Test
    void aSmallSignatureImageOnADigitalFormIsNot() throws Exception {
        Extraction e = new DocumentReader().read("讯问笔录.pdf", pdf(300, 100, RenderingMode.FILL));
        assertThat(e.pages().get(0)).contains("被讯问人");
        assertThat(e.scannedPages()).isEmpty();
    }
}
