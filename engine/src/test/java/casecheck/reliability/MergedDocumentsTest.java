package casecheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.check.FactSet;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DocumentType;
import casecheck.facts.DossierDocument;
import casecheck.facts.OutcomeReason;
import casecheck.facts.Transcript;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several documents saved or scanned into one file (a dossier volume, a "合并卷宗.pdf"). Typed by its first page and
 * parsed whole, such a file hid every later document, and a notice after a transcript was checked as transcript
 * pages. Now only the first document is parsed and the file needs review, saying where the others start; a
 * transcript's running head or a wrapped answer that names a notice does not split a transcript.
 */
class MergedDocumentsTest {

    private static final String RECEIPT = "受案回执\n王某某：\n你于2026年11月3日报称的被盗一案，我单位已受理。\n城关派出所";
    private static final String NOTICE = "犯罪嫌疑人诉讼权利义务告知书\n根据《中华人民共和国刑事诉讼法》的规定，"
            + "犯罪嫌疑人在公安机关对案件进行侦查期间有如下诉讼权利和义务：\n一、有权委托律师作为辩护人。";
    private static final String TRANSCRIPT_1 = "讯问笔录\n时间：2026年11月3日14时20分至2026年11月3日15时00分\n"
            + "地点：城关派出所办案区讯问室\n问：你的基本情况？\n答：我叫王某某，今年三十岁。\n第 1 页 共 2 页";
    private static final String TRANSCRIPT_2 = "讯问笔录（第2页）\n问：你看过告知书了吗？\n答：看过了，\n"
            + "犯罪嫌疑人诉讼权利义务告知书\n问：以上笔录你看一下。\n答：以上笔录我看过，和我说的相符。\n第 2 页 共 2 页";

    @TempDir
    Path dir;

    @Test
    void aFileOfSeveralDocumentsIsReviewedAndOnlyItsFirstDocumentIsParsed() throws Exception {
        Path dossier = DossierProbe.folder(dir.resolve("A1"),
                Map.of("合并卷宗.pdf", HostileFiles.pdf(RECEIPT, NOTICE, TRANSCRIPT_1, TRANSCRIPT_2)));
        DossierProbe.Outcomes o = DossierProbe.assemble(dossier, List.of("合并卷宗.pdf"));
        DossierDocument d = o.of("合并卷宗.pdf");
        assertThat(d.outcome()).isEqualTo(DocumentOutcome.NEEDS_REVIEW);
        assertThat(d.reason()).isEqualTo(OutcomeReason.MERGED_DOCUMENTS);
        assertThat(d.type()).isEqualTo(DocumentType.CASE_RECEIPT);
        assertThat(d.pages()).isEqualTo(4);
        assertThat(d.detail()).contains("第 2 页起为“犯罪嫌疑人诉讼权利义务告知书”", "第 3 页起为“讯问笔录”",
                "只按第 1 页的“受案回执”检查");
        // The transcript inside is not parsed as if it were checked, and nothing else came from it.
        assertThat(o.facts().facts()).noneMatch(f -> f instanceof Transcript);
    }

    @Test
    void aTranscriptFollowedByANoticeIsParsedWithItsOwnPagesOnly() throws Exception {
        Path dossier = DossierProbe.folder(dir.resolve("A2"),
                Map.of("笔录.pdf", HostileFiles.pdf(TRANSCRIPT_1, TRANSCRIPT_2, NOTICE)));
        FactSet fs = DossierProbe.assemble(dossier, List.of("笔录.pdf")).facts();
        DossierDocument d = fs.documents().get(0);
        assertThat(d.reason()).isEqualTo(OutcomeReason.MERGED_DOCUMENTS);
        assertThat(d.type()).isEqualTo(DocumentType.INTERROGATION_RECORD);
        assertThat(d.detail()).contains("第 3 页起为“犯罪嫌疑人诉讼权利义务告知书”", "只按第 1–2 页的“讯问笔录”检查");
        List<Transcript> transcripts = fs.facts().stream().filter(f -> f instanceof Transcript)
                .map(Transcript.class::cast).toList();
        assertThat(transcripts).hasSize(1);
        // The notice's page is not a transcript page that lacks a signature.
        assertThat(transcripts.get(0).pages()).hasSize(2);
    }

    @Test
    void aVolumeOpeningWithItsTableOfContentsIsNotTypedByTheFirstTitleItLists() throws Exception {
        String contents = "卷 内 目 录\n1 受案回执 1\n2 犯罪嫌疑人诉讼权利义务告知书 2\n3 讯问笔录 3-4";
        Path dossier = DossierProbe.folder(dir.resolve("A4"),
                Map.of("第一卷.pdf", HostileFiles.pdf(contents, RECEIPT, NOTICE, TRANSCRIPT_1, TRANSCRIPT_2)));
        DossierDocument d = DossierProbe.assemble(dossier, List.of("第一卷.pdf")).of("第一卷.pdf");
        assertThat(d.type()).isEqualTo(DocumentType.OTHER);
        assertThat(d.reason()).isEqualTo(OutcomeReason.MERGED_DOCUMENTS);
        assertThat(d.detail()).contains("第 2 页起为“受案回执”", "第 3 页起为“犯罪嫌疑人诉讼权利义务告知书”",
                "第 4 页起为“讯问笔录”");
    }

    @Test
    void aTranscriptWithARunningHeadAndAWrappedTitleIsOneDocument() throws Exception {
        Path dossier = DossierProbe.folder(dir.resolve("A3"),
                Map.of("讯问笔录.pdf", HostileFiles.pdf(TRANSCRIPT_1, TRANSCRIPT_2,
                        "《犯罪嫌疑人诉讼权利义务告知书》，我看过了。\n问：还有什么补充？\n答：没有了。")));
        DossierDocument d = DossierProbe.assemble(dossier, List.of("讯问笔录.pdf")).of("讯问笔录.pdf");
        assertThat(d.outcome()).isEqualTo(DocumentOutcome.CHECKED);
        assertThat(d.reason()).isEqualTo(OutcomeReason.NONE);
    }
}
