package casecheck.extract;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A text stripper that also counts, per page, the glyphs shown with a font whose codes nothing maps to text
 * (reliability-checklist B6): a Type0 font with Identity-H/V encoding and no ToUnicode, whose codes are TrueType
 * glyph ids or CIDs of no known collection. PDFBox then either drops those glyphs or guesses characters from the
 * Adobe collection, and the guess is plausible-looking garbage that no character-class check sees. A CID-keyed font
 * of a known Chinese, Japanese or Korean collection keeps its codes as CIDs of that collection, which map correctly.
 */
final class GlyphCountingStripper extends PDFTextStripper {

    private static final Set<String> COLLECTIONS = Set.of("GB1", "CNS1", "Japan1", "Korea1");

    private final Map<PDFont, Boolean> unmappable = new IdentityHashMap<>();
    private int glyphs;
    private int unmapped;

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        glyphs++;
        if (font != null && unmappable.computeIfAbsent(font, GlyphCountingStripper::codesUnmapped)) {
            unmapped++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    /** Glyphs shown since the last {@link #reset}. */
    int glyphs() {
        return glyphs;
    }

    /** Of those, glyphs whose font has no map from its codes to text. */
    int unmapped() {
        return unmapped;
    }

    void reset() {
        glyphs = 0;
        unmapped = 0;
    }

    static boolean codesUnmapped(PDFont font) {
        if (!(font instanceof PDType0Font type0) || font.getCOSObject().containsKey(COSName.TO_UNICODE)) {
            return false;
        }
        COSBase encoding = font.getCOSObject().getDictionaryObject(COSName.ENCODING);
        if (!(encoding instanceof COSName name)
                || !(name.getName().equals("Identity-H") || name.getName().equals("Identity-V"))) {
            return false; // a predefined CMap (UniGB-UCS2-H, GBK-EUC-H …) maps codes to text (B7)
        }
        PDCIDFont descendant = type0.getDescendantFont();
        if (descendant == null || descendant instanceof PDCIDFontType2) {
            return true; // TrueType: the codes are glyph ids
        }
        PDCIDSystemInfo info = descendant.getCIDSystemInfo();
        return info == null || !"Adobe".equals(info.getRegistry()) || !COLLECTIONS.contains(info.getOrdering());
    }
}
