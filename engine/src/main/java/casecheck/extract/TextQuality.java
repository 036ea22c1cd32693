package casecheck.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;

/**
 * Decides whether extracted text is plausible: replacement and control characters, and for Chinese text the share
 * of characters in GB2312 level 1 (the 3,755 most common Han characters). A broken font map that shifts every glyph
 * yields valid but rare characters (reliability-checklist B6), which this share exposes.
 */
public final class TextQuality {

    private static final BitSet LEVEL1 = new BitSet(0x10000);
    /** Level 1 covers about 99 % of running Chinese text, so eight Han characters are enough to judge (B6: 2 of 9). */
    private static final int MIN_HAN = 8;
    private static final double MIN_LEVEL1_SHARE = 0.6;
    private static final double MAX_BAD_SHARE = 0.02;

    static {
        CharsetEncoder enc = Charset.forName("GB2312").newEncoder();
        for (char c = 0x4E00; c <= 0x9FA5; c++) {
            if (enc.canEncode(c)) {
                try {
                    ByteBuffer b = enc.encode(CharBuffer.wrap(new char[] {c}));
                    int hi = b.get(0) & 0xFF;
                    if (hi >= 0xB0 && hi <= 0xD7) {
                        LEVEL1.set(c);
                    }
                } catch (CharacterCodingException e) {
                    // not encodable: not level 1
                }
            }
        }
    }

    private TextQuality() {
    }

    /** Null when the text looks reliable; otherwise a short Chinese explanation. */
    public static String problem(String text) {
        int han = 0;
        int level1 = 0;
        int bad = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            visible++;
            if (c == '\uFFFD' || c == '\uFFFE' || c == '\uFEFF' || (c < 0x20) || (c >= 0xE000 && c <= 0xF8FF)) {
                bad++;
            } else if (c >= 0x4E00 && c <= 0x9FFF) {
                han++;
                if (LEVEL1.get(c)) {
                    level1++;
                }
            }
        }
        if (visible > 0 && bad > Math.max(2, visible * MAX_BAD_SHARE)) {
            return "含有 " + bad + " 个无法映射或控制字符";
        }
        if (han >= MIN_HAN && level1 < han * MIN_LEVEL1_SHARE) {
            return "常用汉字比例异常（" + (100 * level1 / han) + "%），疑似字体映射错误";
        }
        return null;
    }

    /** Whether {@code c} is one of the GB2312 level-1 Han characters. */
    public static boolean isCommonHan(char c) {
        return LEVEL1.get(c);
    }
}
