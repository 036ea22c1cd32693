package casecheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.facts.OutcomeReason;
import casecheck.testing.Docs;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private static final DocumentReader READER = new DocumentReader();
    private static final String PAGE1 = "讯问笔录\n时间：2026年11月3日14时20分至2026年11月3日16时05分\n问：你叫什么名字？\n答：赵大伟。";
    private static final String PAGE2 = "问：你还有什么补充的吗？\n答：没有了。\n以上笔录我看过，和我说的相符。";

    @Test
    void docxPagesFollowPageBreaks() throws Exception {
        Extraction e = READER.read("笔录.docx", Docs.docx(PAGE1, PAGE2));
        assertThat(e.reason()).isEqualTo(OutcomeReason.NONE);
        assertThat(e.paged()).isTrue();
        assertThat(e.pages()).hasSize(2);
        assertThat(e.pages().get(0)).contains("赵大伟").doesNotContain("补充");
        assertThat(e.pages().get(1)).contains("和我说的相符");
    }

    @Test
    void docxHeaderTableBecomesLabelledLines() throws Exception {
        byte[] d = Docs.docxWithTable(new String[][] {{"被讯问人", "赵大伟", "性别", "男"}, {"地点", "某某派出所讯问室", "", ""}},
                "讯问笔录\n问：你叫什么？\n答：赵大伟。");
        Extraction e = READER.read("x.docx", d);
        assertThat(e.text()).contains("被讯问人  赵大伟  性别  男").contains("地点  某某派出所讯问室");
    }

    @Test
    void pdfIsReadPageByPageAndAnEmptyPageNeedsOcr() throws Exception {
        Extraction ok = READER.read("a.pdf", Docs.pdf(null, PAGE1, PAGE2));
        assertThat(ok.reason()).isEqualTo(OutcomeReason.NONE);
        assertThat(ok.pages()).hasSize(2);
        assertThat(ok.pages().get(0)).contains("赵大伟");
        assertThat(ok.pages().get(1)).contains("相符");

        Extraction scanned = READER.read("b.pdf", Docs.pdf(null, PAGE1, null));
        assertThat(scanned.reason()).isEqualTo(OutcomeReason.NEEDS_OCR);
        assertThat(scanned.detail()).contains("第2页");
    }

    @Test
    void encryptedPdfIsUnreadable() throws Exception {
        Extraction e = READER.read("c.pdf", Docs.pdf("secret", PAGE1));
        assertThat(e.reason()).isEqualTo(OutcomeReason.ENCRYPTED_DOCUMENT);
        assertThat(e.pages()).isEmpty();
    }

    @Test
    void ownerPasswordOnlyPdfIsReadNormally() throws Exception {
        Extraction e = READER.read("d.pdf", Docs.pdf("", PAGE1));
        assertThat(e.reason()).isEqualTo(OutcomeReason.NONE);
        assertThat(e.text()).contains("赵大伟");
    }

    @Test
    void gbkTextWithoutBomDecodesExactly() {
        String s = "报案人张三称其电动车被盗";
        Extraction e = READER.read("笔录.txt", s.getBytes(Charset.forName("GBK")));
        assertThat(e.reason()).isEqualTo(OutcomeReason.NONE);
        assertThat(e.text()).isEqualTo(s);
    }

    @Test
    void utf16WithBomAndUtf8WithBomDecode() {
        String s = "询问笔录\n问：你好\n答：好";
        byte[] le = s.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertThat(READER.read("a.txt", withBom).text()).isEqualTo(s);
        byte[] u8 = s.getBytes(StandardCharsets.UTF_8);
        byte[] u8bom = new byte[u8.length + 3];
        u8bom[0] = (byte) 0xEF;
        u8bom[1] = (byte) 0xBB;
        u8bom[2] = (byte) 0xBF;
        System.arraycopy(u8, 0, u8bom, 3, u8.length);
        assertThat(READER.read("b.txt", u8bom).text()).isEqualTo(s);
    }

    @Test
    void binaryNamedTxtIsATypeMismatchAndEmptyIsEmpty() {
        byte[] bin = new byte[4096];
        Arrays.fill(bin, (byte) 0);
        bin[0] = 7;
        assertThat(READER.read("x.txt", bin).reason()).isEqualTo(OutcomeReason.TYPE_MISMATCH);
        assertThat(READER.read("y.txt", new byte[0]).reason()).isEqualTo(OutcomeReason.EMPTY_FILE);
    }

    @Test
    void truncatedDocxIsCorrupt() throws Exception {
        byte[] d = Docs.docx(PAGE1);
        byte[] half = Arrays.copyOf(d, d.length / 2);
        assertThat(READER.read("t.docx", half).reason()).isEqualTo(OutcomeReason.DOCUMENT_CORRUPT);
    }

    @Test
    void shiftedGlyphMapIsUnreliable() {
        StringBuilder shifted = new StringBuilder();
        for (char c : "讯问笔录时间地点讯问人记录人被讯问人你叫什么名字我叫赵大伟以上笔录我看过和我说的相符".toCharArray()) {
            shifted.append((char) (c + 1));
        }
        Extraction e = READER.read("g.txt", shifted.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(e.reason()).isEqualTo(OutcomeReason.TEXT_UNRELIABLE);
        Extraction fine = READER.read("h.txt",
                "讯问笔录时间地点讯问人记录人被讯问人你叫什么名字我叫赵大伟以上笔录我看过和我说的相符".getBytes(StandardCharsets.UTF_8));
        assertThat(fine.reason()).isEqualTo(OutcomeReason.NONE);
    }

    @Test
    void characterCapTruncatesAndFlagsReview() {
        DocumentReader small = new DocumentReader(100);
        Extraction e = small.read("long.txt", "问：你好？答：好。".repeat(50).getBytes(StandardCharsets.UTF_8));
        assertThat(e.reason()).isEqualTo(OutcomeReason.TEXT_TRUNCATED);
        assertThat(e.characters()).isEqualTo(100);
    }
}
