package casecheck.text;

import casecheck.facts.CaseCategory;
import casecheck.facts.CaseReceipt;
import casecheck.facts.CaseRegistration;
import casecheck.facts.DetentionWarrant;
import casecheck.facts.DocumentType;
import casecheck.facts.FilingDecision;
import casecheck.facts.Locator;
import casecheck.facts.MediationAgreement;
import casecheck.facts.RightsElement;
import casecheck.facts.RightsNotice;
import casecheck.facts.SummonsCertificate;
import casecheck.check.LawConfig;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the companion documents of a dossier (legal-rules §c.5): 权利义务告知书, 受案登记表, 受案回执,
 * 立案决定书 / 不予立案通知书, 传唤证, 拘留证, 调解协议书. Each value keeps the line it came from; unknown values are
 * null. Immutable and thread-safe.
 */
public final class OtherDocuments {

    private static final Pattern DATE_TIME = Pattern.compile(
            "([0-9〇零○一二三四五六七八九十]{4}\\s*年\\s*[0-9一二三四五六七八九十]{1,3}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日"
                    + "(?:\\s*[0-9一二三四五六七八九十]{1,3}\\s*[时点:]\\s*(?:[0-9一二三四五六七八九十]{1,3}\\s*分?)?)?"
                    + "|\\d{4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?)");
    private static final Pattern RECIPIENT = Pattern.compile(
            "^(?:.*?)(被告知人|告知对象|签收人|接收人|^签名)(\\(签名\\)|签名|签字)?:?([\\u4e00-\\u9fff·]{2,5})");
    /** The recipient's label with its printed notes and colon ("被告知人（签名、捺指印）："). */
    private static final Pattern RECIPIENT_LABEL = Pattern.compile(
            "(被告知人|告知对象|签收人|接收人)(\\(签名\\)|签名|签字)?(\\([^)]{0,8}\\))*:?");
    private static final Pattern DATE_LABEL = Pattern.compile("日期|时间");
    /** What a signature field may hold besides a signature: the date written after it, rules for the pen. */
    private static final Pattern DATE_OR_BLANK = Pattern.compile("[0-9〇零○一二三四五六七八九十年月日时分秒:.\\-/_＿\\s]");
    private static final Pattern LEADING_NAME = Pattern.compile("^([\\u4e00-\\u9fff·]{2,4})(?:$|\\(|[0-9])");
    /** A line holding only a date (the signer's date under the signature): digits or Chinese numerals. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[0-9〇零○一二三四五六七八九十]{4}\\s*[年.\\-/][0-9一二三四五六七八九十]{1,3}[月.\\-/][0-9一二三四五六七八九十]{1,3}日?$");
    private static final Pattern CASE_OR_ALERT = Pattern.compile("(?:警情编号|接警编号|警情号)\\s*[:：]?\\s*([A-Za-z0-9\\-]+)");

    private static final Pattern RECEIVED = Pattern.compile(
            "已收到|已于.{4,30}收到|(送达|签收|收到)(时间|日期)|^(签收|送达)(人)?[:：]|^(控告人|被害人|报案人|签收人)[:：].*\\d");

    private final Map<RightsElement, Keywords> rights = new EnumMap<>(RightsElement.class);

    public OtherDocuments(LawConfig law) {
        for (RightsElement e : RightsElement.values()) {
            rights.put(e, Keywords.of(law, "rights." + e.name(), null));
        }
    }

    /** The facts of a companion document (empty when the type carries none). */
    public List<Object> parse(String caseId, String docId, String path, DocumentType type, List<String> pages,
                              boolean paged) {
        List<TextLine> lines = new ArrayList<>();
        for (List<TextLine> p : TranscriptParser.paginate(pages, paged)) {
            lines.addAll(p);
        }
        List<Object> out = new ArrayList<>();
        Locator first = lines.stream().filter(l -> !l.isBlank()).findFirst()
                .map(l -> Locator.of(path, l.page(), l.line(), l.raw())).orElse(Locator.ofDocument(path));
        switch (type) {
            case SUSPECT_RIGHTS_NOTICE, VICTIM_RIGHTS_NOTICE, WITNESS_RIGHTS_NOTICE, ADMIN_RIGHTS_NOTICE ->
                    out.add(rightsNotice(caseId, docId, path, type, lines, first));
            case CASE_REGISTRATION -> out.add(registration(caseId, docId, lines, first));
            case CASE_RECEIPT -> out.add(receipt(caseId, docId, lines, first));
            case FILING_DECISION, NO_FILING_NOTICE -> out.add(filing(caseId, docId, type, lines, first));
            case SUMMONS_CERTIFICATE -> out.add(summons(caseId, docId, lines, first));
            case DETENTION_WARRANT -> out.add(warrant(caseId, docId, lines, first));
            case MEDIATION_AGREEMENT -> out.add(mediation(caseId, docId, lines, first));
            default -> {
            }
        }
        return out;
    }

    private RightsNotice rightsNotice(String caseId, String docId, String path, DocumentType type,
                                      List<TextLine> lines, Locator first) {
        StringBuilder all = new StringBuilder();
        lines.forEach(l -> all.append(l.compact()).append('\n'));
        char family = type == DocumentType.ADMIN_RIGHTS_NOTICE ? 'A'
                : type == DocumentType.SUSPECT_RIGHTS_NOTICE ? 'C' : 'V';
        Set<RightsElement> items = EnumSet.noneOf(RightsElement.class);
        for (Map.Entry<RightsElement, Keywords> e : rights.entrySet()) {
            if (e.getKey().name().charAt(0) == family && e.getValue().matches(all.toString())) {
                items.add(e.getKey());
            }
        }
        if (family == 'C') {
            items.add(RightsElement.C1_NOTICE_GIVEN);
        }
        String recipient = null;
        boolean signed = false;
        LocalDate date = null;
        boolean afterRecipient = false;
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            String c = l.compact();
            Matcher m = RECIPIENT.matcher(c);
            if (m.find() && !m.group(3).startsWith("日期") && !m.group(3).startsWith("年")) {
                recipient = m.group(3).replaceAll("(日期|时间|捺指印|指印)$", "");
                signed = true;
                afterRecipient = true;
            } else if (RECIPIENT_LABEL.matcher(c).find()) {
                // The label without a readable name: the name on the line below, or writing nobody can read
                // (a handwritten signature in an OCR text layer) — signed all the same, name unknown.
                afterRecipient = true;
                String rest = DATE_LABEL.split(c.substring(endOfLabel(c)), 2)[0];
                if (rest.isEmpty() && i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
                    Matcher below = LEADING_NAME.matcher(lines.get(i + 1).compact());
                    if (below.find()) {
                        recipient = below.group(1);
                        signed = true;
                    }
                } else if (TranscriptParser.written(DATE_OR_BLANK.matcher(rest).replaceAll(""))) {
                    signed = true;
                }
            }
            if (c.contains("告知人") || c.startsWith("签名") || c.contains("日期") || c.contains("签收人")
                    || c.contains("接收人") || afterRecipient && date == null && DATE_LINE.matcher(c).matches()) {
                LocalDate d = DateTimes.parseDate(l.norm());
                if (d != null) {
                    date = d;
                }
            }
        }
        return new RightsNotice(caseId, docId, type, recipient, items, signed, date, first);
    }

    /** Where the recipient's label and colon end in a compact line (the line's length when there is none). */
    private static int endOfLabel(String compact) {
        Matcher m = RECIPIENT_LABEL.matcher(compact);
        return m.find() ? m.end() : compact.length();
    }

    private static LocalDateTime timeAfter(List<TextLine> lines, String labelRegex) {
        Pattern label = Pattern.compile(labelRegex);
        for (TextLine l : lines) {
            Matcher m = label.matcher(l.norm());
            if (m.find()) {
                String rest = l.norm().substring(m.end());
                Matcher d = DATE_TIME.matcher(rest);
                if (d.find()) {
                    return DateTimes.parseDateTimeLenient(d.group(1));
                }
            }
        }
        return null;
    }

    private static Locator locOf(List<TextLine> lines, String labelRegex, Locator fallback) {
        Pattern label = Pattern.compile(labelRegex);
        for (TextLine l : lines) {
            if (label.matcher(l.compact()).find()) {
                return Locator.of(fallback.document(), l.page(), l.line(), l.raw());
            }
        }
        return fallback;
    }

    private static String valueAfter(List<TextLine> lines, String labelRegex) {
        Pattern label = Pattern.compile("(?:" + labelRegex + ")\\s*[:：]?\\s*");
        for (TextLine l : lines) {
            Matcher m = label.matcher(l.norm());
            if (m.find()) {
                String v = l.norm().substring(m.end()).strip().split("\\s{2,}|\\s(?=[\\u4e00-\\u9fff]{2,6}[:：])")[0];
                return v.isBlank() ? null : v.replaceAll("_+", "").strip();
            }
        }
        return null;
    }

    private static CaseRegistration registration(String caseId, String docId, List<TextLine> lines, Locator first) {
        String text = String.join("\n", lines.stream().map(TextLine::compact).toList());
        CaseCategory cat = text.contains("刑事") && !text.contains("行政案件") ? CaseCategory.CRIMINAL
                : text.contains("行政") || text.contains("治安") ? CaseCategory.ADMINISTRATIVE : null;
        String alert = null;
        Matcher a = CASE_OR_ALERT.matcher(TextLine.normalise(text));
        if (a.find()) {
            alert = a.group(1);
        }
        return new CaseRegistration(caseId, docId, cat, valueAfter(lines, "案由|案件名称"),
                timeAfter(lines, "报案时间|接报时间|报警时间"), timeAfter(lines, "受案时间|受理时间"),
                valueAfter(lines, "报案人|报警人|控告人|举报人"), alert,
                locOf(lines, "受案时间|受理时间", first));
    }

    private static CaseReceipt receipt(String caseId, String docId, List<TextLine> lines, Locator first) {
        boolean delivered = false;
        for (TextLine l : lines) {
            String c = l.compact();
            if (c.matches(".*(报案人|控告人|举报人|扭送人|接收人|签收人)(\\(签名\\)|签名|签收)?[:：]?[\\u4e00-\\u9fff]{2,4}.*")
                    && !c.matches(".*(报案人|控告人|举报人|扭送人|接收人|签收人)(\\(签名\\)|签名|签收)?[:：]?_*$")) {
                delivered = true;
            }
            if (c.contains("无法取得联系") || c.contains("拒绝接受") || c.contains("拒收") || c.contains("拒绝签收")) {
                delivered = true;
            }
        }
        return new CaseReceipt(caseId, docId, delivered, first);
    }

    private static FilingDecision filing(String caseId, String docId, DocumentType type, List<TextLine> lines,
                                         Locator first) {
        LocalDateTime decision = timeAfter(lines, "决定时间|立案时间|批准时间|决定日期");
        int receivedAt = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String c = lines.get(i).compact();
            // The acknowledgement of receipt, not the appeal clause "自收到本通知书之日起七日以内".
            if (RECEIVED.matcher(c).find()) {
                receivedAt = i;
                break;
            }
        }
        if (decision == null) {
            // The date under the seal: the last line that is only a date, before the acknowledgement of receipt.
            for (int i = receivedAt - 1; i >= 0 && decision == null; i--) {
                String c = lines.get(i).compact();
                Matcher d = DATE_TIME.matcher(c);
                if (d.find() && d.start() == 0 && d.end() == c.length()) {
                    decision = DateTimes.parseDateTimeLenient(d.group(1));
                }
            }
        }
        LocalDateTime served = timeAfter(lines, "送达时间|送达日期|签收时间|收到时间");
        for (int i = receivedAt; served == null && i < lines.size(); i++) {
            Matcher d = DATE_TIME.matcher(lines.get(i).norm());
            if (d.find()) {
                served = DateTimes.parseDateTimeLenient(d.group(1));
            }
        }
        return new FilingDecision(caseId, docId, type == DocumentType.FILING_DECISION, decision, served,
                locOf(lines, "决定", first));
    }

    private static SummonsCertificate summons(String caseId, String docId, List<TextLine> lines, Locator first) {
        String place = valueAfter(lines, "传唤地点");
        if (place == null) {
            for (TextLine l : lines) {
                Matcher m = Pattern.compile("到(.{2,40}?)接受(讯问|询问)").matcher(l.compact());
                if (m.find()) {
                    place = m.group(1);
                    break;
                }
            }
        }
        return new SummonsCertificate(caseId, docId, name(valueAfter(lines, "被传唤人|姓名")),
                timeAfter(lines, "到达时间|到案时间"), timeAfter(lines, "结束时间|传唤结束|离开时间"), place, first);
    }

    private static DetentionWarrant warrant(String caseId, String docId, List<TextLine> lines, Locator first) {
        String place = valueAfter(lines, "羁押场所|羁押地点");
        if (place == null) {
            for (TextLine l : lines) {
                Matcher m = Pattern.compile("送(.{2,20}?看守所)").matcher(l.compact());
                if (m.find()) {
                    place = m.group(1);
                    break;
                }
            }
        }
        return new DetentionWarrant(caseId, docId, name(valueAfter(lines, "被拘留人|姓名")),
                timeAfter(lines, "拘留时间|执行时间|本证已于"),
                timeAfter(lines, "收押时间|送押时间|送看守所时间|到达看守所时间|羁押时间"), place, first);
    }

    /** The leading name of a value ("张三（捺指印）" → 张三). */
    private static String name(String v) {
        if (v == null) {
            return null;
        }
        Matcher m = Pattern.compile("^([\\u4e00-\\u9fff·]{2,5}?)(?=$|[\\s(（,，、]|性别|捺指印)").matcher(v.strip());
        return m.find() ? m.group(1) : null;
    }

    private static MediationAgreement mediation(String caseId, String docId, List<TextLine> lines, Locator first) {
        List<String> parties = new ArrayList<>();
        List<String> signedNames = new ArrayList<>();
        StringBuilder content = new StringBuilder();
        boolean inContent = false;
        LocalDateTime time = null;
        Pattern party = Pattern.compile("^(当事人|甲方|乙方|被侵害人|违法嫌疑人)[:]?([\\u4e00-\\u9fff·]{2,4}?)(?=$|[(,、]|性别)");
        for (TextLine l : lines) {
            String c = l.compact();
            if (c.contains("签名") && (c.startsWith("当事人") || c.startsWith("双方") || c.startsWith("甲方")
                    || c.startsWith("乙方"))) {
                String v = l.norm().replaceFirst("^[^:]*:", "").replaceAll("_+", " ");
                for (String token : v.split("[\\s、,，]+")) {
                    if (token.matches("[\\u4e00-\\u9fff·]{2,4}")) {
                        signedNames.add(token);
                    }
                }
                inContent = false;
                continue;
            }
            Matcher p = party.matcher(c);
            if (p.find()) {
                parties.add(p.group(2));
            }
            if (c.startsWith("协议内容") || c.startsWith("调解协议内容") || c.startsWith("经调解")) {
                inContent = true;
            } else if (inContent && c.matches("^[\\u4e00-\\u9fff]{2,8}[:].*") && !c.startsWith("协议")) {
                inContent = false;
            }
            if (inContent && !c.isEmpty()) {
                content.append(l.norm()).append('\n');
            }
            if (time == null && (c.contains("调解时间") || c.contains("协议时间") || c.startsWith("调解民警")
                    || c.startsWith("主持人"))) {
                Matcher d = DATE_TIME.matcher(l.norm());
                if (d.find()) {
                    time = DateTimes.parseDateTimeLenient(d.group(1));
                }
            }
        }
        boolean allSigned = !parties.isEmpty() && signedNames.containsAll(parties);
        return new MediationAgreement(caseId, docId, parties, allSigned,
                content.length() == 0 ? null : content.toString().strip(), time, first);
    }
}
