package casecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.check.LawConfig;
import casecheck.facts.ArrivalMode;
import casecheck.facts.CaseCategory;
import casecheck.facts.Confirmation;
import casecheck.facts.DocumentType;
import casecheck.facts.Gender;
import casecheck.facts.LocationKind;
import casecheck.facts.Officer;
import casecheck.facts.Particular;
import casecheck.facts.PersonRole;
import casecheck.facts.RightsElement;
import casecheck.facts.Transcript;
import casecheck.facts.TranscriptField;
import casecheck.facts.TranscriptKind;
import casecheck.facts.TranscriptPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written transcripts whose phrasing differs from the sample generator (OCR colon drops, "笫2页共3页",
 * Chinese-numeral dates, combined 2016 form, table-like headers), each with the exact facts a reader expects.
 */
class TranscriptVariantsTest {

    private static final TranscriptParser PARSER = new TranscriptParser(LawConfig.defaults());
    private static final TranscriptParser.Context NO_TABLES =
            new TranscriptParser.Context(null, List.of(), false, List.of());

    static Transcript parse(String resource) throws IOException {
        String text;
        try (InputStream in = TranscriptVariantsTest.class.getResourceAsStream("/casecheck/transcripts/" + resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DocumentType type = DocumentTypes.recognise(text, resource).type();
        return PARSER.parse("A1", "d1", resource, type, List.of(text), false, NO_TABLES);
    }

    @Test
    void criminalFirstInterrogation() throws IOException {
        Transcript t = parse("v01-criminal-first.txt");
        assertThat(t.kind()).isEqualTo(TranscriptKind.INTERROGATION);
        assertThat(t.procedure()).isEqualTo(CaseCategory.CRIMINAL);
        assertThat(t.sessionNo()).isEqualTo(1);
        assertThat(t.first()).isTrue();
        assertThat(t.start()).isEqualTo(LocalDateTime.of(2026, 11, 3, 14, 20));
        assertThat(t.end()).isEqualTo(LocalDateTime.of(2026, 11, 3, 16, 5));
        assertThat(t.timeUnreadable()).isFalse();
        assertThat(t.location().raw()).isEqualTo("平安市公安局东城分局执法办案管理中心第2讯问室");
        assertThat(t.location().kind()).isEqualTo(LocationKind.INTERROGATION_ROOM);
        assertThat(t.interviewers()).extracting(Officer::name).containsExactly("张建国", "李明");
        assertThat(t.interviewers()).allMatch(Officer::signed);
        assertThat(t.recorder().name()).isEqualTo("王芳");
        assertThat(t.policeOfficerCount()).isEqualTo(3);
        assertThat(t.subject().name()).isEqualTo("赵大伟");
        assertThat(t.subject().idNumber().valid()).isTrue();
        assertThat(t.subject().gender()).isEqualTo(Gender.MALE);
        assertThat(t.subject().ageAtStart()).isEqualTo(34);
        assertThat(t.subject().role()).isEqualTo(PersonRole.CRIMINAL_SUSPECT);
        assertThat(t.arrival().mode()).isEqualTo(ArrivalMode.ORAL_SUMMONS);
        assertThat(t.arrival().arrivalTime()).isEqualTo(LocalDateTime.of(2026, 11, 3, 14, 10));
        assertThat(t.arrival().leaveTime()).isEqualTo(LocalDateTime.of(2026, 11, 3, 16, 30));
        assertThat(t.rights()).contains(RightsElement.C1_NOTICE_GIVEN, RightsElement.C2_LENIENCY,
                RightsElement.C3_LAWYER_LEGAL_AID, RightsElement.C4_RECUSAL, RightsElement.C5_ANSWER_TRUTHFULLY);
        assertThat(t.rights()).noneMatch(e -> e.name().startsWith("V") || e.name().startsWith("A"));
        assertThat(t.turns()).hasSize(8);
        assertThat(t.turns().get(6).answer()).contains("超市");
        assertThat(t.confirmation()).isEqualTo(Confirmation.OFFICIAL);
        assertThat(t.pages()).hasSize(2);
        assertThat(t.pages()).allMatch(TranscriptPage::subjectSigned).allMatch(TranscriptPage::subjectFingerprinted);
        assertThat(t.declaredPageTotal()).isEqualTo(2);
        assertThat(t.pages().get(1).declaredNo()).isEqualTo(2);
        assertThat(t.refusalNote()).isFalse();
        assertThat(t.particulars()).contains(Particular.NAME, Particular.ID_DOCUMENT, Particular.BIRTH_DATE,
                Particular.ETHNICITY, Particular.EDUCATION, Particular.POLITICAL_STATUS, Particular.RESIDENCE,
                Particular.HOUSEHOLD_REGISTRATION, Particular.NPC_MEMBER, Particular.CRIMINAL_RECORD);
        assertThat(t.particulars()).doesNotContain(Particular.ALIAS, Particular.FAMILY);
        assertThat(t.locator(TranscriptField.LOCATION).page()).isEqualTo(1);
        assertThat(t.locator(TranscriptField.LOCATION).line()).isEqualTo(4);
        assertThat(t.locator(TranscriptField.CLOSING).page()).isEqualTo(2);
    }

    @Test
    void ocrAdministrativeInquiryOfMinor() throws IOException {
        Transcript t = parse("v02-ocr-admin-inquiry.txt");
        assertThat(t.kind()).isEqualTo(TranscriptKind.INQUIRY);
        assertThat(t.procedure()).isEqualTo(CaseCategory.ADMINISTRATIVE);
        assertThat(t.sessionNo()).isNull();
        assertThat(t.start()).isEqualTo(LocalDateTime.of(2026, 11, 5, 9, 30));
        assertThat(t.end()).isEqualTo(LocalDateTime.of(2026, 11, 5, 10, 15));
        assertThat(t.location().kind()).isEqualTo(LocationKind.OFFICE_OR_VEHICLE);
        assertThat(t.interviewers()).extracting(Officer::name).containsExactly("刘强", "陈涛");
        assertThat(t.interviewers().get(1).auxiliary()).isTrue();
        assertThat(t.interviewers()).extracting(Officer::signed).containsExactly(true, false);
        assertThat(t.subject().name()).isEqualTo("孙小红");
        assertThat(t.subject().role()).isEqualTo(PersonRole.ADMIN_SUSPECT);
        assertThat(t.subject().ageAtStart()).isEqualTo(16);
        assertThat(t.subject().isMinor()).isTrue();
        assertThat(t.guardian()).isNull();
        assertThat(t.rights()).contains(RightsElement.A1_RECUSAL, RightsElement.A2_TRUTHFUL_REFUSE_IRRELEVANT,
                RightsElement.A7_STATEMENT_DEFENCE);
        assertThat(t.rights()).allMatch(e -> e.name().startsWith("A"));
        assertThat(t.turns()).hasSize(3);
        assertThat(t.turns().get(2).question()).isEqualTo("你为什么打人");
        assertThat(t.turns().get(2).page()).isEqualTo(2);
        assertThat(t.confirmation()).isEqualTo(Confirmation.VARIANT);
        assertThat(t.pages()).extracting(TranscriptPage::subjectSigned).containsExactly(true, true);
        assertThat(t.pages()).extracting(TranscriptPage::subjectFingerprinted).containsExactly(false, true);
        assertThat(t.pages()).extracting(TranscriptPage::declaredNo).containsExactly(1, 2);
        assertThat(t.declaredPageTotal()).isEqualTo(2);
    }

    @Test
    void combinedOldFormWithOcrGarbledEndTime() throws IOException {
        Transcript t = parse("v03-combined-old-form.txt");
        assertThat(t.combinedForm()).isTrue();
        assertThat(t.kind()).isEqualTo(TranscriptKind.INTERROGATION);
        assertThat(t.procedure()).isEqualTo(CaseCategory.CRIMINAL);
        assertThat(t.sessionNo()).isEqualTo(2);
        assertThat(t.first()).isFalse();
        assertThat(t.start()).isEqualTo(LocalDateTime.of(2016, 4, 11, 17, 20));
        assertThat(t.end()).isNull();
        assertThat(t.timeUnreadable()).isTrue();
        assertThat(t.location().kind()).isEqualTo(LocationKind.DETENTION_CENTRE_ROOM);
        assertThat(t.interviewers()).extracting(Officer::name).containsExactly("周平", "吴刚");
        assertThat(t.interviewers()).allMatch(Officer::signed);
        assertThat(t.policeOfficerCount()).isEqualTo(2);
        // "年龄 40" as written: the age on the day, read even when no birth date is given.
        assertThat(t.subject().ageAtStart()).isEqualTo(40);
        assertThat(t.confirmation()).isEqualTo(Confirmation.OTHER_FORM);
        assertThat(t.pages()).hasSize(1);
        assertThat(t.pages().get(0).subjectSigned()).isFalse();
        assertThat(t.pages().get(0).subjectFingerprinted()).isFalse();
        assertThat(t.declaredPageTotal()).isNull();
    }

    @Test
    void minorWitnessAtSchoolWithGuardian() throws IOException {
        Transcript t = parse("v04-witness-table-header.txt");
        assertThat(t.kind()).isEqualTo(TranscriptKind.INQUIRY);
        assertThat(t.subject().role()).isEqualTo(PersonRole.WITNESS);
        assertThat(t.start()).isEqualTo(LocalDateTime.of(2026, 11, 3, 9, 0));
        assertThat(t.end()).isEqualTo(LocalDateTime.of(2026, 11, 3, 9, 40));
        assertThat(t.location().kind()).isEqualTo(LocationKind.WORKPLACE);
        assertThat(t.guardian().name()).isEqualTo("冯大山");
        assertThat(t.guardian().signed()).isTrue();
        assertThat(t.rights()).contains(RightsElement.V1_TRUTHFUL_EVIDENCE, RightsElement.V2_RECUSAL);
        assertThat(t.confirmation()).isEqualTo(Confirmation.VARIANT);
        assertThat(t.interviewers()).extracting(Officer::name).containsExactly("马丽", "郑华");
        assertThat(t.interviewers()).allMatch(Officer::signed);
        assertThat(t.pages().get(0).subjectSigned()).isTrue();
        assertThat(t.pages().get(0).subjectFingerprinted()).isTrue();
    }

    @Test
    void unreadableTimeHotelRoomAndRefusal() throws IOException {
        Transcript t = parse("v05-unreadable-time.txt");
        assertThat(t.start()).isNull();
        assertThat(t.timeUnreadable()).isTrue();
        assertThat(t.location().kind()).isEqualTo(LocationKind.OFFICE_OR_VEHICLE);
        assertThat(t.policeOfficerCount()).isEqualTo(1);
        assertThat(t.refusalNote()).isTrue();
        assertThat(t.confirmation()).isEqualTo(Confirmation.ABSENT);
        assertThat(t.pages().get(0).subjectSigned()).isFalse();
        assertThat(t.first()).isNull();
        assertThat(t.rights()).isEmpty();
    }

    @Test
    void halfWidthPunctuationDashMarkersAndLabelledArrival() throws IOException {
        Transcript t = parse("v06-halfwidth-dash-pages.txt");
        assertThat(t.kind()).isEqualTo(TranscriptKind.INQUIRY);
        assertThat(t.procedure()).isEqualTo(CaseCategory.ADMINISTRATIVE);
        assertThat(t.sessionNo()).isEqualTo(1);
        assertThat(t.start()).isEqualTo(LocalDateTime.of(2026, 11, 14, 14, 5));
        assertThat(t.end()).isEqualTo(LocalDateTime.of(2026, 11, 14, 15, 30));
        assertThat(t.location().kind()).isEqualTo(LocationKind.INTERROGATION_ROOM);
        assertThat(t.recorder().auxiliary()).isTrue();
        assertThat(t.policeOfficerCount()).isEqualTo(2);
        assertThat(t.arrival().mode()).isEqualTo(ArrivalMode.ORAL_SUMMONS);
        assertThat(t.arrival().arrivalTime()).isEqualTo(LocalDateTime.of(2026, 11, 14, 13, 50));
        assertThat(t.arrival().leaveTime()).isEqualTo(LocalDateTime.of(2026, 11, 14, 15, 40));
        assertThat(t.arrival().recorded()).isTrue();
        assertThat(t.pages()).hasSize(2);
        assertThat(t.pages()).extracting(TranscriptPage::declaredNo).containsExactly(1, 2);
        assertThat(t.pages()).extracting(TranscriptPage::subjectSigned).containsExactly(true, false);
        assertThat(t.pages()).extracting(TranscriptPage::subjectFingerprinted).containsExactly(true, false);
        assertThat(t.refusalNote()).isTrue();
        assertThat(t.confirmation()).isEqualTo(Confirmation.OFFICIAL);
        assertThat(t.turns()).hasSize(5);
    }

    @Test
    void blankInterviewerSignatureAfterADateLine() throws IOException {
        Transcript t = parse("v07-officers-did-not-sign.txt");
        assertThat(t.kind()).isEqualTo(TranscriptKind.INTERROGATION);
        assertThat(t.interviewers()).extracting(Officer::name).containsExactly("郑宇宏", "龚诗");
        assertThat(t.interviewers()).noneMatch(Officer::signed);
        assertThat(t.recorder().signed()).isTrue();
        assertThat(t.turns()).singleElement().satisfies(q -> assertThat(q.answer()).isEqualTo("好的。"));
        assertThat(t.pages().get(0).subjectSigned()).isTrue();
        assertThat(t.pages().get(0).subjectFingerprinted()).isTrue();
        assertThat(t.confirmation()).isEqualTo(Confirmation.VARIANT);
    }
}
