package casecheck.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Deterministic charset handling for plain text and CSV: a BOM decides (UTF-8, UTF-16LE/BE); otherwise NUL bytes
 * on one parity mean UTF-16 without a BOM; otherwise strict UTF-8; otherwise GB18030 (a superset of GBK).
 * The same bytes always decode the same way.
 */
public final class TextDecoding {

    /** GB18030, the superset of GB2312 and GBK used by Chinese office software. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /** Decoded text and the charset that was used. */
    public record Decoded(String text, Charset charset) {
    }

    public static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            return new Decoded(new String(b, utf16), utf16);
        }
        String utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        return new Decoded(new String(b, GB18030), GB18030);
    }

    /**
     * UTF-16 written without a BOM (checklist C2): NUL bytes almost only on one parity, as the high bytes of the
     * digits, punctuation and spaces every document has. Null when the bytes do not look like that.
     */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 8 || (b.length & 1) != 0) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int pairs = n / 2;
        if (odd * 20 >= pairs && even * 10 <= odd) {
            return StandardCharsets.UTF_16LE;
        }
        if (even * 20 >= pairs && odd * 10 <= even) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Decodes or returns null when the bytes are not valid in {@code cs}. */
    public static String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * True when the bytes look binary rather than text: NUL bytes (outside a UTF-16 BOM file) or a high share of
     * control characters in the first 8 KB.
     */
    public static boolean looksBinary(byte[] b) {
        boolean utf16 = b.length >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF));
        if (utf16 || utf16WithoutBom(b) != null) {
            return false;
        }
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }
}
