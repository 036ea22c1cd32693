package casecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.check.LawConfig;
import casecheck.facts.CaseCategory;
import casecheck.facts.CaseReceipt;
import casecheck.facts.CaseRegistration;
import casecheck.facts.DetentionWarrant;
import casecheck.facts.DocumentType;
import casecheck.facts.FilingDecision;
import casecheck.facts.MediationAgreement;
import casecheck.facts.RightsElement;
import casecheck.facts.RightsNotice;
import casecheck.facts.SummonsCertificate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherDocumentsTest {

    private static final OtherDocuments DOCS = new OtherDocuments(LawConfig.defaults());

    private static Object one(String text) {
        DocumentType type = DocumentTypes.recognise(text, "x.txt").type();
        List<Object> facts = DOCS.parse("A1", "d1", "x.txt", type, List.of(text), false);
        assertThat(facts).hasSize(1);
        return facts.get(0);
    }

    @Test
    void registrationWithIsoTimesAndAlertNumber() {
        CaseRegistration r = (CaseRegistration) one("受 案 登 记 表\n（和平派出所）\n案件类别：行政案件　案由：殴打他人\n"
                + "报案人：李四　性别：男\n接报时间：2026-11-02 21:10\n报案方式：110指令（警情编号 J202611020015）\n"
                + "受案时间：2026-11-03 09:30\n");
        assertThat(r.category()).isEqualTo(CaseCategory.ADMINISTRATIVE);
        assertThat(r.cause()).isEqualTo("殴打他人");
        assertThat(r.reporter()).isEqualTo("李四");
        assertThat(r.reportTime()).isEqualTo(LocalDateTime.of(2026, 11, 2, 21, 10));
        assertThat(r.acceptTime()).isEqualTo(LocalDateTime.of(2026, 11, 3, 9, 30));
        assertThat(r.linkedAlertId()).isEqualTo("J202611020015");
        assertThat(r.locator().line()).isEqualTo(7);
    }

    @Test
    void receiptDeliveredUnsignedOrRefusalNoted() {
        String head = "受案回执\n李四：\n你于2026年11月2日报称的盗窃一案我单位已受理。\n";
        assertThat(((CaseReceipt) one(head + "报案人签收：李四　2026年11月3日10时00分")).deliveredOrNoted()).isTrue();
        assertThat(((CaseReceipt) one(head + "报案人签收：")).deliveredOrNoted()).isFalse();
        assertThat(((CaseReceipt) one(head + "报案人签收：（报案人拒绝签收回执，民警注明）")).deliveredOrNoted()).isTrue();
    }

    @Test
    void noFilingNoticeDecisionDateAndServedTime() {
        FilingDecision f = (FilingDecision) one("不予立案通知书\n李四：\n你于2026年11月1日提出控告的诈骗一案，决定不予立案。\n"
                + "如不服本决定，可以在收到本通知书之日起七日以内申请复议。\n"
                + "平安市公安局（印）\n二〇二六年十一月五日\n本通知书已收到。\n控告人：李四　2026年11月10日9时00分");
        assertThat(f.filed()).isFalse();
        assertThat(f.decisionTime()).isEqualTo(LocalDate.of(2026, 11, 5).atStartOfDay());
        assertThat(f.servedTime()).isEqualTo(LocalDateTime.of(2026, 11, 10, 9, 0));
        FilingDecision inline = (FilingDecision) one("不予立案通知书\n如不服本决定，可以在收到本通知书之日起七日以内申请复议。\n"
                + "青禾市公安局（印）\n二〇二六年十一月十一日\n本通知书已于2026年11月12日10时30分收到。控告人：汪佑敏");
        assertThat(inline.decisionTime()).isEqualTo(LocalDate.of(2026, 11, 11).atStartOfDay());
        assertThat(inline.servedTime()).isEqualTo(LocalDateTime.of(2026, 11, 12, 10, 30));
        FilingDecision d = (FilingDecision) one("立案决定书\n决定对张三涉嫌盗窃案立案侦查。\n决定时间：2026年11月4日10时30分\n二〇二六年十一月四日");
        assertThat(d.filed()).isTrue();
        assertThat(d.decisionTime()).isEqualTo(LocalDateTime.of(2026, 11, 4, 10, 30));
    }

    @Test
    void rightsNoticesElementsSignatureAndDate() {
        RightsNotice c = (RightsNotice) one("犯罪嫌疑人诉讼权利义务告知书\n1. 自愿如实供述自己的罪行，可以依法从宽处理。\n"
                + "2. 有权申请回避。\n3. 有权委托律师作为辩护人，可以申请法律援助。\n本权利义务告知书已向我宣读过。\n"
                + "被告知人：赵大伟（捺指印）　2026年11月3日14时10分");
        assertThat(c.type()).isEqualTo(DocumentType.SUSPECT_RIGHTS_NOTICE);
        assertThat(c.items()).contains(RightsElement.C1_NOTICE_GIVEN, RightsElement.C2_LENIENCY,
                RightsElement.C3_LAWYER_LEGAL_AID, RightsElement.C4_RECUSAL);
        assertThat(c.signed()).isTrue();
        assertThat(c.recipientName()).isEqualTo("赵大伟");
        assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 3));
        RightsNotice unsigned = (RightsNotice) one("犯罪嫌疑人诉讼权利义务告知书\n有权申请回避。\n被告知人：　　　　2026年11月3日");
        assertThat(unsigned.signed()).isFalse();
        RightsNotice admin = (RightsNotice) one("行政案件权利义务告知书\n有要求其回避的权利。必须如实提供证据、证言；有陈述和申辩的权利。\n"
                + "签名：孙小红　日期：2026年11月5日");
        assertThat(admin.items()).contains(RightsElement.A1_RECUSAL, RightsElement.A2_TRUTHFUL_REFUSE_IRRELEVANT,
                RightsElement.A7_STATEMENT_DEFENCE).allMatch(e -> e.name().startsWith("A"));
        assertThat(admin.signed()).isTrue();
        RightsNotice witness = (RightsNotice) one("证人诉讼权利义务告知书\n一、应当如实地提供证据、证言，有意作伪证要负法律责任。\n"
                + "本告知书已送我阅读。\n被告知人：冯小明　2026-11-03 09:00");
        assertThat(witness.type()).isEqualTo(DocumentType.WITNESS_RIGHTS_NOTICE);
        assertThat(witness.items()).contains(RightsElement.V1_TRUTHFUL_EVIDENCE);
        assertThat(witness.date()).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    void summonsAndDetentionWarrant() {
        SummonsCertificate s = (SummonsCertificate) one("传唤证\n被传唤人：赵大伟　性别：男\n现传唤你于2026年11月3日14时00分到和平派出所接受讯问。\n"
                + "被传唤人到达时间：2026年11月3日14时05分　本人签名：赵大伟\n传唤结束时间：2026年11月3日18时30分　本人签名：赵大伟");
        assertThat(s.personName()).isEqualTo("赵大伟");
        assertThat(s.arrivalTime()).isEqualTo(LocalDateTime.of(2026, 11, 3, 14, 5));
        assertThat(s.endTime()).isEqualTo(LocalDateTime.of(2026, 11, 3, 18, 30));
        assertThat(s.place()).isEqualTo("和平派出所");
        DetentionWarrant w = (DetentionWarrant) one("拘留证\n兹决定对涉嫌盗窃的赵大伟执行拘留，送平安市看守所羁押。\n"
                + "本证已于2026年11月3日19时00分向我宣布。被拘留人：赵大伟（捺指印）\n看守所收押时间：2026年11月3日21时40分　收押民警：郑国庆");
        assertThat(w.personName()).isEqualTo("赵大伟");
        assertThat(w.detentionTime()).isEqualTo(LocalDateTime.of(2026, 11, 3, 19, 0));
        assertThat(w.jailArrivalTime()).isEqualTo(LocalDateTime.of(2026, 11, 3, 21, 40));
        assertThat(w.place()).isEqualTo("平安市看守所");
    }

    @Test
    void mediationAgreementPartiesAndSignatures() {
        String head = "治安调解协议书\n调解机关：和平派出所　主持人：刘强\n当事人：王五（男，40岁，住和平路1号）\n"
                + "当事人：赵六（女，38岁，住和平路3号）\n协议内容：赵六向王五赔礼道歉并赔偿医药费伍佰元。\n履行期限和方式：当场履行。\n";
        MediationAgreement both = (MediationAgreement) one(head + "当事人签名：王五　赵六\n调解民警：刘强　2026年11月6日10时00分");
        assertThat(both.parties()).containsExactly("王五", "赵六");
        assertThat(both.allPartiesSigned()).isTrue();
        assertThat(both.content()).contains("赔礼道歉").doesNotContain("履行期限");
        assertThat(both.time()).isEqualTo(LocalDateTime.of(2026, 11, 6, 10, 0));
        MediationAgreement one = (MediationAgreement) one(head + "当事人签名：王五\n调解民警：刘强");
        assertThat(one.allPartiesSigned()).isFalse();
    }

    /**
     * The signature foot of a 告知书 as other forms and OCR write it: letter-spaced, the date under the name in
     * Chinese numerals, the name on the line below its label, 签收人 with a dotted date, a blank field, and writing
     * nobody can read (signed, name unknown — never "unsigned" on a guess, never a name made up).
     */
    @Test
    void rightsNoticeSignatureFootVariants() {
        String head = "犯罪嫌疑人诉讼权利义务告知书\n根据《中华人民共和国刑事诉讼法》的规定，在公安机关对案件进行侦查期间，"
                + "犯罪嫌疑人有如下诉讼权利和义务：\n1、有权用本民族语言文字进行诉讼。\n";
        LocalDate day = LocalDate.of(2026, 11, 3);
        String[][] cases = {
            {"被 告 知 人 ： 赵 大 伟   日 期 ： 2 0 2 6 年 1 1 月 3 日", "赵大伟", "true", "2026-11-03"},
            {"被告知人（签名）：赵大伟（捺指印）\n二〇二六年十一月三日", "赵大伟", "true", "2026-11-03"},
            {"被告知人：\n赵大伟\n2026年11月3日", "赵大伟", "true", "2026-11-03"},
            {"签收人：赵大伟 2026.11.3", "赵大伟", "true", "2026-11-03"},
            {"被告知人：____ 日期：____", null, "false", null},
            {"被告知人：%#~ 日期：2026年11月3日", null, "true", "2026-11-03"},
        };
        for (String[] c : cases) {
            RightsNotice n = (RightsNotice) one(head + c[0]);
            assertThat(n.recipientName()).as(c[0]).isEqualTo(c[1]);
            assertThat(n.signed()).as(c[0]).isEqualTo(Boolean.parseBoolean(c[2]));
            assertThat(n.date()).as(c[0]).isEqualTo(c[3] == null ? null : day);
        }
    }
}
