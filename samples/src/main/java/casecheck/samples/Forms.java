package casecheck.samples;

import java.time.LocalDateTime;
import java.util.List;

import casecheck.facts.DocumentType;
import casecheck.samples.World.CaseRow;
import casecheck.samples.World.PersonRow;

/** The non-transcript documents of a dossier (export-format.md "Documents"), one page each unless stated. */
final class Forms {

    private Forms() {
    }

    static Doc doc(String path, Doc.Format f, DocumentType type, String... lines) {
        Doc d = new Doc(path, f, type);
        Doc.Page p = d.newPage();
        for (String l : lines) {
            p.add(l);
        }
        return d;
    }

    static String docNo(String unitShort, String kind, int seq) {
        return "青公（" + unitShort + "）" + kind + "字〔2026〕" + String.format("%04d", seq) + "号";
    }

    static Doc registration(String path, Doc.Format f, CaseRow c, String unitName, PersonRow reporter, String summary,
                            boolean spacedTitle, Fmt.DateStyle ds, int seq) {
        Doc d = doc(path, f, DocumentType.CASE_REGISTRATION,
                spacedTitle ? "受 案 登 记 表" : "受案登记表",
                "（" + unitName + "）",
                docNo("受", "受案", seq),
                "案件类别：" + c.category + "案件　案由：" + c.cause,
                "报案人：" + reporter.name + "　性别：" + reporter.gender + "　出生日期：" + Fmt.date(reporter.birth, Fmt.DateStyle.CN),
                "身份证件种类及号码：居民身份证 " + reporter.idNumber,
                "现住址：" + reporter.address + "　联系方式：" + reporter.phone,
                "接报时间：" + Fmt.dateTime(c.reported, ds),
                "报案方式：" + (c.alertId.isEmpty() ? "来所报案" : "110指令（警情编号 " + c.alertId + "）"),
                "简要案情：" + summary,
                "受案意见：属本单位管辖的" + c.category + "案件，建议及时调查处理。",
                "受案审批：同意受案。",
                "受案时间：" + Fmt.dateTime(c.accepted, ds),
                "办案单位：" + unitName);
        d.pages.get(0).headerFrom = 3;
        d.pages.get(0).headerTo = 13;
        return d;
    }

    /** {@code mode}: 0 = signed by the reporter, 1 = unsigned without note (AL-02), 2 = refusal noted. */
    static Doc receipt(String path, Doc.Format f, CaseRow c, String unitName, PersonRow reporter, int mode, int seq) {
        String sign = switch (mode) {
            case 0 -> "报案人签收：" + reporter.name + "　" + Fmt.dateTime(c.accepted.plusMinutes(20), Fmt.DateStyle.CN);
            case 1 -> "报案人签收：";
            default -> "报案人签收：（报案人拒绝签收回执，已当场告知查询方式。民警注明）";
        };
        return doc(path, f, DocumentType.CASE_RECEIPT,
                "受案回执",
                docNo("受", "回执", seq),
                reporter.name + "：",
                "你（单位）于" + Fmt.dateTime(c.reported, Fmt.DateStyle.CN) + "报称的" + c.cause + "一案我单位已受理。"
                        + "你可以通过0579-8800" + String.format("%04d", seq % 10000) + "查询案件进展情况。",
                "联系人：" + c.lead + "　联系电话：0579-8800" + String.format("%04d", seq % 10000),
                unitName + "（印）",
                Fmt.date(c.accepted.toLocalDate(), Fmt.DateStyle.CN_NUMERALS),
                sign);
    }

    static Doc filingDecision(String path, Doc.Format f, CaseRow c, PersonRow suspect, int seq) {
        return doc(path, f, DocumentType.FILING_DECISION,
                "立案决定书",
                World.BUREAU,
                docNo("刑", "立", seq),
                "根据《中华人民共和国刑事诉讼法》第一百一十二条之规定，决定对"
                        + (suspect == null ? "" : suspect.name + "涉嫌") + c.cause + "案立案侦查。",
                "决定时间：" + Fmt.dateTime(c.filed, Fmt.DateStyle.CN),
                World.BUREAU + "（印）",
                Fmt.cnDate(c.filed.toLocalDate()));
    }

    static Doc noFilingNotice(String path, Doc.Format f, CaseRow c, PersonRow complainant, LocalDateTime served, int seq) {
        return doc(path, f, DocumentType.NO_FILING_NOTICE,
                "不予立案通知书",
                docNo("刑", "不立", seq),
                complainant.name + "：",
                "你于" + Fmt.date(c.reported.toLocalDate(), Fmt.DateStyle.CN) + "提出控告的" + c.cause
                        + "一案，我局经审查认为没有犯罪事实，根据《中华人民共和国刑事诉讼法》第一百一十二条之规定，决定不予立案。",
                "如不服本决定，可以在收到本通知书之日起七日以内向本局申请复议。",
                World.BUREAU + "（印）",
                Fmt.cnDate(c.notFiled.toLocalDate()),
                "本通知书已收到。",
                "控告人：" + complainant.name + "　" + Fmt.dateTime(served, Fmt.DateStyle.CN));
    }

    static Doc suspectNotice(String path, Doc.Format f, PersonRow p, LocalDateTime when, boolean signed) {
        return doc(path, f, DocumentType.SUSPECT_RIGHTS_NOTICE,
                "犯罪嫌疑人诉讼权利义务告知书",
                "根据《中华人民共和国刑事诉讼法》的规定，在公安机关对案件进行侦查期间，犯罪嫌疑人有如下诉讼权利和义务：",
                "1. 自愿如实供述自己的罪行，承认指控的犯罪事实，愿意接受处罚的，可以依法从宽处理。",
                "2. 不通晓当地通用的语言文字时有权要求配备翻译人员，有权用本民族语言文字进行诉讼。",
                "3. 对于公安机关及其侦查人员侵犯其诉讼权利和人身侮辱的行为，有权提出申诉或者控告。",
                "4. 对于侦查人员、鉴定人、记录人、翻译人员有法定情形的，有权申请他们回避；对于驳回申请回避的决定，可以申请复议一次。",
                "5. 自接受第一次讯问或者被采取强制措施之日起，有权委托律师作为辩护人。经济困难或者有其他原因没有委托辩护人的，可以向法律援助机构提出申请。",
                "6. 在接受传唤、拘传、讯问时，有权要求饮食和必要的休息时间。",
                "7. 对于采取强制措施超过法定期限的，有权要求解除强制措施。",
                "8. 对于侦查人员的提问，应当如实回答。但是对与本案无关的问题，有拒绝回答的权利。在接受讯问时有权为自己辩解。",
                "9. 核对讯问笔录的权利，笔录记载有遗漏或者差错，可以提出补充或者改正。",
                "10. 未满18周岁的犯罪嫌疑人在接受讯问时有要求通知其法定代理人到场的权利。",
                "11. 聋、哑的犯罪嫌疑人在接受讯问时有要求通晓聋、哑手势的人参加的权利。",
                "12. 依法接受拘传、取保候审、监视居住、拘留、逮捕等强制措施和人身检查、搜查、扣押、鉴定等侦查措施。",
                "13. 公安机关送达的各种法律文书经确认无误后，应当签名、捺指印。",
                "14. 有权知道用作证据的鉴定意见的内容，可以申请补充鉴定或重新鉴定。",
                "本权利义务告知书已向我宣读过。",
                "被告知人：" + (signed ? p.name + "（捺指印）" : "　　　　") + "　" + Fmt.dateTime(when, Fmt.DateStyle.CN));
    }

    static Doc witnessNotice(String path, Doc.Format f, PersonRow p, LocalDateTime when, boolean victim) {
        return doc(path, f, victim ? DocumentType.VICTIM_RIGHTS_NOTICE : DocumentType.WITNESS_RIGHTS_NOTICE,
                victim ? "被害人诉讼权利义务告知书" : "证人诉讼权利义务告知书",
                "根据《中华人民共和国刑事诉讼法》的规定，" + (victim ? "被害人" : "证人") + "在公安机关侦查期间有如下权利和义务：",
                "一、应当如实地提供证据、证言，有意作伪证或者隐匿罪证的，要负法律责任。",
                "二、有权用本民族语言文字进行诉讼，不通晓当地语言文字的，有权要求配备翻译人员。",
                victim ? "三、对于侦查人员、鉴定人、记录人、翻译人员有法定情形的，有权申请回避。" : "三、有权核对询问笔录，发现遗漏或者差错的，可以提出补充或者改正。",
                victim ? "四、对公安机关不予立案的决定不服的，可以申请复议。" : "四、公安机关将依法保护证人及其近亲属的安全，对证人的身份信息予以保密。",
                "本告知书已送我阅读。",
                "被告知人：" + p.name + "　" + Fmt.dateTime(when, Fmt.DateStyle.ISO));
    }

    static Doc adminNotice(String path, Doc.Format f, PersonRow p, LocalDateTime when) {
        return doc(path, f, DocumentType.ADMIN_RIGHTS_NOTICE,
                "行政案件权利义务告知书",
                "根据《中华人民共和国治安管理处罚法》、《公安机关办理行政案件程序规定》以及其他相关法律、法规、规章的规定，在公安机关办理行政案件调查取证期间，违法嫌疑人、被侵害人及其他证人有如下权利和义务：",
                "一、对有法定回避情形的公安机关负责人、办案人民警察、鉴定人、翻译人员，案件当事人及其法定代理人有要求其回避的权利。",
                "二、对案件事实有如实陈述的义务，必须如实提供证据、证言；对与案件无关的问题，有拒绝回答的权利。",
                "三、有使用本民族语言文字接受询问的权利。",
                "四、未成年人的被询问人有要求通知其父母或者其他监护人参加询问的权利。",
                "五、有陈述和申辩的权利。",
                "六、有核对询问笔录的权利，认为笔录有遗漏、差错的，有权要求补充或者更正。",
                "本权利义务告知书已向我宣读过。",
                "签名：" + p.name + "　日期：" + Fmt.date(when.toLocalDate(), Fmt.DateStyle.CN));
    }

    static Doc summons(String path, Doc.Format f, CaseRow c, PersonRow p, String place, LocalDateTime arrive,
                       LocalDateTime leave, boolean criminal, int seq) {
        return doc(path, f, DocumentType.SUMMONS_CERTIFICATE,
                "传唤证",
                docNo(criminal ? "刑" : "治", "传", seq),
                "被传唤人：" + p.name + "　性别：" + p.gender + "　出生日期：" + Fmt.date(p.birth, Fmt.DateStyle.CN),
                "住址：" + p.address,
                "传唤原因：涉嫌" + c.cause,
                "根据" + (criminal ? "《中华人民共和国刑事诉讼法》第一百一十九条" : "《中华人民共和国治安管理处罚法》第八十三条")
                        + "之规定，现传唤你于" + Fmt.dateTime(arrive, Fmt.DateStyle.CN) + "到" + place + "接受" + (criminal ? "讯问" : "询问") + "。",
                World.BUREAU + "（印）　" + Fmt.cnDate(arrive.toLocalDate()),
                "被传唤人到达时间：" + Fmt.dateTime(arrive, Fmt.DateStyle.CN) + "　本人签名：" + p.name,
                "传唤结束时间：" + Fmt.dateTime(leave, Fmt.DateStyle.CN) + "　本人签名：" + p.name);
    }

    static Doc detentionWarrant(String path, Doc.Format f, CaseRow c, PersonRow p, LocalDateTime detained,
                                LocalDateTime custody, int seq) {
        return doc(path, f, DocumentType.DETENTION_WARRANT,
                "拘留证",
                docNo("刑", "拘", seq),
                "根据《中华人民共和国刑事诉讼法》第八十二条之规定，兹决定对涉嫌" + c.cause + "的" + p.name + "（性别" + p.gender
                        + "，出生日期" + Fmt.date(p.birth, Fmt.DateStyle.CN) + "，住址" + p.address + "）执行拘留，送青禾市看守所羁押。",
                World.BUREAU + "（印）",
                Fmt.cnDate(detained.toLocalDate()),
                "本证已于" + Fmt.dateTime(detained, Fmt.DateStyle.CN) + "向我宣布。被拘留人：" + p.name + "（捺指印）",
                "看守所收押时间：" + Fmt.dateTime(custody, Fmt.DateStyle.CN) + "　收押民警：" + (seq % 2 == 0 ? "郑国庆" : "韩立新"));
    }

    static Doc detentionNotice(String path, Doc.Format f, CaseRow c, PersonRow p, String family, LocalDateTime detained,
                               LocalDateTime notified, int seq) {
        return doc(path, f, DocumentType.DETENTION_NOTICE,
                "拘留通知书",
                docNo("刑", "拘通", seq),
                family + "：",
                "根据《中华人民共和国刑事诉讼法》第八十二条之规定，我局已于" + Fmt.dateTime(detained, Fmt.DateStyle.CN)
                        + "将涉嫌" + c.cause + "的" + p.name + "刑事拘留，现羁押在青禾市看守所。",
                World.BUREAU + "（印）",
                Fmt.cnDate(detained.toLocalDate()),
                "通知时间：" + Fmt.dateTime(notified, Fmt.DateStyle.CN) + "　通知方式：电话通知");
    }

    static Doc mediation(String path, Doc.Format f, CaseRow c, String unitName, PersonRow a, PersonRow b,
                         String host, LocalDateTime when, String place, boolean titlePrefix, int seq) {
        return doc(path, f, DocumentType.MEDIATION_AGREEMENT,
                titlePrefix ? "治安调解协议书" : "调解协议书",
                docNo("调", "调解", seq),
                "调解机关：" + unitName + "　主持人：" + host,
                "当事人：" + a.name + "（" + a.gender + "，" + a.ageOn(when.toLocalDate()) + "岁，住" + a.address + "）",
                "当事人：" + b.name + "（" + b.gender + "，" + b.ageOn(when.toLocalDate()) + "岁，住" + b.address + "）",
                "基本案情：" + Fmt.date(c.reported.toLocalDate(), Fmt.DateStyle.CN) + "，在" + place + "，双方系邻居，因楼道堆放杂物发生口角，"
                        + b.name + "推搡" + a.name + "致其手臂轻微擦伤。",
                "协议内容：" + b.name + "当面向" + a.name + "赔礼道歉，并赔偿医药费人民币伍佰元整；" + a.name + "对" + b.name + "的行为表示谅解。",
                "履行期限和方式：签订协议时当场履行。",
                "当事人签名：" + a.name + "　" + b.name,
                "调解民警：" + host + "　" + Fmt.dateTime(when, Fmt.DateStyle.CN));
    }

    /** Documents of other types: kept as 其他 by the engine, never a finding. */
    static Doc other(String path, Doc.Format f, int kind, CaseRow c, PersonRow p, String officers, LocalDateTime when) {
        return switch (kind % 4) {
            case 0 -> doc(path, f, DocumentType.OTHER,
                    "现场检查笔录",
                    "检查时间：" + Fmt.range(when, when.plusMinutes(40), Fmt.DateStyle.CN),
                    "检查地点：" + p.address,
                    "检查人：" + officers,
                    "检查情况：现场门窗完好，室内物品摆放整齐，未发现打斗痕迹。",
                    "上述笔录我已看过（或已向我宣读过），情况属实无误。",
                    "见证人：" + p.name);
            case 1 -> doc(path, f, DocumentType.OTHER,
                    "到案经过",
                    Fmt.date(when.toLocalDate(), Fmt.DateStyle.CN) + "，民警" + officers + "在工作中将" + p.name + "带至派出所。",
                    "特此说明。",
                    "民警：" + officers);
            case 2 -> doc(path, f, DocumentType.OTHER,
                    "情况说明",
                    "关于" + c.cause + "一案的有关情况说明如下：",
                    "经调取现场周边监控，已固定相关视频资料，刻录光盘一张附卷。",
                    "办案民警：" + officers,
                    Fmt.cnDate(when.toLocalDate()));
            default -> doc(path, f, DocumentType.OTHER,
                    "常住人口登记信息",
                    "姓名：" + p.name + "　性别：" + p.gender,
                    "出生日期：" + Fmt.date(p.birth, Fmt.DateStyle.ISO),
                    "户籍地址：" + p.household,
                    "（本信息由户籍管理系统打印）");
        };
    }

    static List<String> scanText(CaseRow c) {
        return List.of("现场照片及说明", "案件：" + c.cause, "照片一：现场全貌", "照片二：现场细目", "拍照人：（签名）");
    }
}
