package casecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.facts.DocumentType;
import org.junit.jupiter.api.Test;

class DocumentTypesTest {

    private static DocumentType type(String text, String name) {
        return DocumentTypes.recognise(text, name).type();
    }

    @Test
    void titleVariants() {
        assertThat(type("讯 问 笔 录\n（第一次）", "a.docx")).isEqualTo(DocumentType.INTERROGATION_RECORD);
        assertThat(type("讯问笔录（第二次）\n时间", "a.docx")).isEqualTo(DocumentType.INTERROGATION_RECORD);
        assertThat(type("（行政刑事通用）\n询问/讯问笔录", "a.docx")).isEqualTo(DocumentType.COMBINED_RECORD);
        assertThat(type("询问／讯问笔录\n", "a.docx")).isEqualTo(DocumentType.COMBINED_RECORD);
        assertThat(type("平安市公安局\n犯罪嫌疑人诉讼权利义务告知书", "x.pdf")).isEqualTo(DocumentType.SUSPECT_RIGHTS_NOTICE);
        assertThat(type("权利义务告知书\n根据《中华人民共和国治安管理处罚法》", "x.pdf")).isEqualTo(DocumentType.SUSPECT_RIGHTS_NOTICE);
        assertThat(type("行政案件权利义务告知书", "x.pdf")).isEqualTo(DocumentType.ADMIN_RIGHTS_NOTICE);
        assertThat(type("受 案 登 记 表", "x.pdf")).isEqualTo(DocumentType.CASE_REGISTRATION);
        assertThat(type("不予立案通知书", "x.pdf")).isEqualTo(DocumentType.NO_FILING_NOTICE);
        assertThat(type("治安调解协议书", "x.pdf")).isEqualTo(DocumentType.MEDIATION_AGREEMENT);
        assertThat(type("拘留通知书", "x.pdf")).isEqualTo(DocumentType.DETENTION_NOTICE);
    }

    @Test
    void theTitleBeatsTheFileNameWhichIsOnlyAHint() {
        assertThat(type("情况说明\n经查……", "讯问笔录.docx")).isEqualTo(DocumentType.OTHER);
        assertThat(type("现场检查笔录\n上述笔录我已看过", "x.docx")).isEqualTo(DocumentType.OTHER);
        assertThat(type(null, "03_询问笔录（张三）.pdf")).isEqualTo(DocumentType.INQUIRY_RECORD);
        assertThat(type("", "附件1.pdf")).isEqualTo(DocumentType.OTHER);
        assertThat(type("问：你是否收到讯问笔录？\n答：收到", "x.txt")).isEqualTo(DocumentType.OTHER);
    }

    /** Titles as other vendors print them and as OCR reads them. */
    @Test
    void titlesOfOtherVendorsAndOcr() {
        assertThat(type("平安市公安局东城分局    打印时间：2026-11-05 10:00\n（行政刑事通用）\n讯问笔录", "1.pdf"))
                .isEqualTo(DocumentType.INTERROGATION_RECORD);
        assertThat(type("讯间笔录\n时间：2026年11月3日", "1.pdf")).isEqualTo(DocumentType.INTERROGATION_RECORD);
        assertThat(type("询 间 笔 录", "1.pdf")).isEqualTo(DocumentType.INQUIRY_RECORD);
        assertThat(type("询（讯）问笔录\n时间", "1.pdf")).isEqualTo(DocumentType.COMBINED_RECORD);
        assertThat(type("讯问\n笔录\n时间：2026年11月3日", "1.pdf")).isEqualTo(DocumentType.INTERROGATION_RECORD);
        assertThat(type("犯罪嫌疑人\n诉讼权利义务告知书", "1.pdf")).isEqualTo(DocumentType.SUSPECT_RIGHTS_NOTICE);
        assertThat(type("ＸＸ市公安局\n受案回执", "1.pdf")).isEqualTo(DocumentType.CASE_RECEIPT);
        // Two short lines that do not make a title together stay what they are.
        assertThat(type("讯问\n情况说明", "讯问笔录.pdf")).isEqualTo(DocumentType.OTHER);
    }
}
