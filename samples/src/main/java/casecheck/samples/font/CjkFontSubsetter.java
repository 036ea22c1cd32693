package casecheck.samples.font;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Regenerates the CJK font resource {@code engine/src/main/resources/casecheck/fonts/wqy-microhei-subset.ttf}.
 *
 * <p>Not run by the build: the subset is produced once and committed, so that PDFs render on a machine without
 * system fonts (tech-notes P-P1/P-P2). To regenerate, install Debian {@code fonts-wqy-microhei} and run
 * <pre>java -cp "$(cat cp.txt):samples/target/classes" casecheck.samples.font.CjkFontSubsetter \
 *     /usr/share/fonts/truetype/wqy/wqy-microhei.ttc engine/src/main/resources/casecheck/fonts/wqy-microhei-subset.ttf</pre>
 * where {@code cp.txt} comes from {@code ./mvnw -q -pl samples -am dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 *
 * <p>Coverage: printable ASCII and Latin-1, general punctuation, letter-like symbols, number forms, enclosed
 * numbers, box drawing and geometric shapes (□ is the replacement mark of {@code CjkFont.sanitize}), ballot boxes,
 * CJK symbols and punctuation, full-width forms, and every code point of GBK (all 21 003 GBK Han characters,
 * because names use characters outside GB2312) — each only where the source face has a glyph.
 */
public final class CjkFontSubsetter {

    /** PostScript name of the face inside the collection (getFontByName does not accept the family name). */
    public static final String FACE = "WenQuanYiMicroHei";

    private CjkFontSubsetter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CjkFontSubsetter <wqy-microhei.ttc> <out.ttf>");
        }
        Path out = Path.of(args[1]);
        try (TrueTypeCollection ttc = new TrueTypeCollection(Path.of(args[0]).toFile())) {
            TrueTypeFont face = ttc.getFontByName(FACE);
            if (face == null) {
                throw new IOException("face " + FACE + " not found in " + args[0]);
            }
            Set<Integer> wanted = wantedCodePoints();
            CmapLookup cmap = face.getUnicodeCmapLookup();
            Set<Integer> present = new TreeSet<>();
            for (int cp : wanted) {
                if (cmap.getGlyphId(cp) > 0) {
                    present.add(cp);
                }
            }
            TTFSubsetter subsetter = new TTFSubsetter(face);
            subsetter.addAll(present);
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                subsetter.writeToStream(os);
            }
            System.getLogger(CjkFontSubsetter.class.getName()).log(System.Logger.Level.INFO, String.format(
                    "wanted %d code points, font has %d, wrote %d bytes to %s", wanted.size(), present.size(),
                    Files.size(out), out));
        }
    }

    /** The code points the subset should contain, before filtering by the glyphs the face actually has. */
    static Set<Integer> wantedCodePoints() {
        Set<Integer> cps = new TreeSet<>();
        addRange(cps, 0x20, 0x7E);      // ASCII
        addRange(cps, 0xA0, 0xFF);      // Latin-1 (·, ×, °)
        addRange(cps, 0x2000, 0x206F);  // general punctuation (— … “ ” ‘ ’ ※)
        addRange(cps, 0x2100, 0x214F);  // letter-like (℃, №)
        addRange(cps, 0x2150, 0x218F);  // number forms (Ⅰ Ⅱ)
        addRange(cps, 0x2460, 0x24FF);  // enclosed alphanumerics (① ⑴ ⒈)
        addRange(cps, 0x2500, 0x25FF);  // box drawing and geometric shapes (□ ■ ○ ●)
        addRange(cps, 0x2610, 0x2612);  // ballot boxes ☐ ☑ ☒
        addRange(cps, 0x3000, 0x303F);  // CJK symbols and punctuation (、。〇《》【】)
        addRange(cps, 0xFF00, 0xFFEF);  // half-width and full-width forms
        cps.addAll(gbkCodePoints());
        return cps;
    }

    private static void addRange(Set<Integer> cps, int from, int to) {
        for (int cp = from; cp <= to; cp++) {
            cps.add(cp);
        }
    }

    /** Every code point that a two-byte GBK sequence decodes to. */
    static Set<Integer> gbkCodePoints() {
        Charset gbk = Charset.forName("GBK");
        Set<Integer> cps = new TreeSet<>();
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                if (trail == 0x7F) {
                    continue;
                }
                CharsetDecoder decoder = gbk.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                try {
                    CharBuffer chars = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}));
                    String s = chars.toString();
                    if (s.codePointCount(0, s.length()) == 1 && !Character.isISOControl(s.codePointAt(0))) {
                        cps.add(s.codePointAt(0));
                    }
                } catch (CharacterCodingException unmapped) {
                    // not a GBK code: skip it
                }
            }
        }
        return cps;
    }
}
