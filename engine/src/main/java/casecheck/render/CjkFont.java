package casecheck.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font every PDF written by casecheck uses: a committed TrueType subset of WenQuanYi Micro Hei
 * (resource {@value #RESOURCE}, licence next to it) covering ASCII, CJK punctuation, full-width forms and GBK.
 *
 * <p>Loaded from the classpath, never from a system path, so PDFs render on a machine without fonts. PDFBox has no
 * glyph fallback and throws on a character the font lacks (tech-notes P-P3): pass text through
 * {@link #sanitize(String)} before {@code showText}. Thread-safe.
 */
public final class CjkFont {

    /** Classpath location of the font subset. */
    public static final String RESOURCE = "casecheck/fonts/wqy-microhei-subset.ttf";

    /** What {@link #sanitize(String)} puts in place of a code point the font cannot draw. */
    public static final char REPLACEMENT = '□';

    private static volatile byte[] bytes;
    /** Parsing the 3.5 MB font costs tens of milliseconds; a parsed font is not safe for concurrent reads. */
    private static final ThreadLocal<TrueTypeFont> PER_THREAD = ThreadLocal.withInitial(() -> {
        try {
            return parse();
        } catch (IOException e) {
            throw new UncheckedIOException("无法解析中文字体资源：" + RESOURCE, e);
        }
    });
    private static volatile BitSet coverage;

    private CjkFont() {
    }

    /**
     * The font for {@code doc}, embedded as a subset of the glyphs actually shown (a page of text costs a few KB).
     * Use the returned font only on the thread that loaded it and only until {@code doc} is saved or closed.
     */
    public static PDType0Font load(PDDocument doc) throws IOException {
        // embedSubset=true: only the glyphs used are written; PDFBox also writes a ToUnicode map, so text extracts.
        // This overload does not close the font with the document, so each thread reuses its parsed copy.
        return PDType0Font.load(doc, PER_THREAD.get(), true);
    }

    /** Whether the font has a glyph for {@code codePoint}. */
    public static boolean canRender(int codePoint) {
        return coverage().get(codePoint);
    }

    /**
     * {@code text} with every code point the font cannot draw replaced by {@value #REPLACEMENT}; tabs and line
     * breaks become spaces (showText draws one line). Null stays null.
     */
    public static String sanitize(String text) {
        if (text == null) {
            return null;
        }
        BitSet cov = coverage();
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\r' || cp == '\n') {
                sb.append(' ');
            } else if (cov.get(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(REPLACEMENT);
            }
        });
        return sb.toString();
    }

    private static TrueTypeFont parse() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
    }

    private static byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            synchronized (CjkFont.class) {
                b = bytes;
                if (b == null) {
                    try (InputStream in = CjkFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("缺少中文字体资源：" + RESOURCE);
                        }
                        b = in.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException("无法读取中文字体资源：" + RESOURCE, e);
                    }
                    bytes = b;
                }
            }
        }
        return b;
    }

    private static BitSet coverage() {
        BitSet c = coverage;
        if (c == null) {
            synchronized (CjkFont.class) {
                c = coverage;
                if (c == null) {
                    c = new BitSet(0x10000);
                    try (TrueTypeFont ttf = parse()) {
                        CmapLookup cmap = ttf.getUnicodeCmapLookup();
                        for (int cp = 0; cp <= 0xFFFF; cp++) {
                            if (cmap.getGlyphId(cp) > 0) {
                                c.set(cp);
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("无法解析中文字体资源：" + RESOURCE, e);
                    }
                    coverage = c;
                }
            }
        }
        return c;
    }
}
