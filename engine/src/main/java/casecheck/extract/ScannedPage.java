package casecheck.extract;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Whether a PDF page is a scan: it carries an image large enough to be the page itself (at least a quarter of an
 * A4 sheet at 150 dpi), as scanners and OCR tools write it, text layer or not. A signature or seal pasted into a
 * born-digital form is far smaller. Only the page's own image resources are looked at (no decoding).
 */
final class ScannedPage {

    /** Pixels of a quarter A4 page at 150 dpi (1240 × 1754 / 4). */
    private static final long MIN_PIXELS = 1240L * 1754 / 4;

    private ScannedPage() {
    }

    static boolean is(PDPage page) {
        try {
            PDResources res = page.getResources();
            if (res == null) {
                return false;
            }
            for (COSName name : res.getXObjectNames()) {
                PDXObject x = res.getXObject(name);
                if (x instanceof PDImageXObject img && (long) img.getWidth() * img.getHeight() >= MIN_PIXELS) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable resource dictionary is the reader's problem, not a scan
        }
        return false;
    }
}
