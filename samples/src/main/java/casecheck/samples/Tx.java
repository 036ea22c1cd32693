package casecheck.samples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import casecheck.facts.ArrivalMode;
import casecheck.facts.CaseCategory;
import casecheck.facts.Confirmation;
import casecheck.facts.DocumentType;
import casecheck.facts.LocationKind;
import casecheck.facts.TranscriptKind;
import casecheck.samples.World.Officer;
import casecheck.samples.World.PersonRow;

/**
 * A transcript to generate (legal-rules §c): its facts, the toggles that plant defects, and its style. Defaults
 * give a lawful transcript; {@link #build} lays it out on pages and records what the engine should find.
 */
final class Tx {

    // --- facts
    final TranscriptKind kind;
    final CaseCategory procedure;
    final PersonRow subject;
    final String cause;
    final String unitName;
    int session = 1;
    LocalDateTime start;
    LocalDateTime end;
    boolean omitEnd;
    String location;
    LocationKind locationKind;
    List<Officer> interviewers = new ArrayList<>();
    Officer recorder;
    boolean omitRecorder;
    String interpreter;
    String guardian;
    ArrivalMode arrival;
    boolean arrivalLine = true;
    /** Recorded exception for questioning outside a venue (illness …), written in the header and the body. */
    String exceptionNote;

    // --- defect toggles (true = lawful)
    boolean officersSign = true;
    boolean interpreterSigns = true;
    boolean guardianSigns = true;
    boolean noticeGiven = true;   // C1 / 告知书 送阅
    boolean leniency = true;      // C2
    boolean lawyer = true;        // C3
    boolean truthNotice = true;   // V1 (criminal victim/witness) or A2 (administrative)
    Boolean fullParticulars;      // null = session 1
    Confirmation confirmation = Confirmation.VARIANT;
    final Set<Integer> noSignPages = new TreeSet<>();
    final Set<Integer> noPrintPages = new TreeSet<>();
    boolean refusal;
    int minPages = 2;
    /** Put in {@link #noSignPages}/{@link #noPrintPages} to mean the last page. */
    static final int LAST = -1;
    /** An empty signature field as printed forms show it. */
    static final String BLANK = "__________";
    int bodyTurns = 6;

    // --- style
    boolean combined;
    Fmt.DateStyle dateStyle = Fmt.DateStyle.CN;
    int markerStyle;
    int labelStyle;
    boolean headerTable;
    boolean halfWidth;
    boolean breaksOnly;

    Tx(TranscriptKind kind, CaseCategory procedure, PersonRow subject, String cause, String unitName) {
        this.kind = kind;
        this.procedure = procedure;
        this.subject = subject;
        this.cause = cause;
        this.unitName = unitName;
    }

    private boolean suspect() {
        return subject.role.contains("嫌疑人");
    }

    private String verb() {
        return kind == TranscriptKind.INTERROGATION ? "讯问" : "询问";
    }

    private String subjectLabel() {
        return combined ? "被询问/讯问人" : "被" + verb() + "人";
    }

    private String officerLabel() {
        return combined ? "询问/讯问人" : verb() + "人";
    }

    /** Builds the document: pages, markers, signature lines, and the expected extraction. */
    Doc build(String path, Doc.Format format, Rnd rnd) {
        DocumentType type = combined ? DocumentType.COMBINED_RECORD
                : kind == TranscriptKind.INTERROGATION ? DocumentType.INTERROGATION_RECORD : DocumentType.INQUIRY_RECORD;
        List<String> header = header();
        List<List<String>> opening = opening(rnd);
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < bodyTurns; i++) {
            body.add(Story.turn(rnd, cause, subject.role, i));
        }
        List<List<String>> closing = closing();
        for (int p : noSignPages) {
            minPages = Math.max(minPages, p);
        }
        for (int p : noPrintPages) {
            minPages = Math.max(minPages, p);
        }
        Doc doc;
        while (true) {
            doc = layout(path, format, type, header, opening, body, closing);
            if (doc.pages.size() >= minPages) {
                break;
            }
            body.add(Story.turn(rnd, cause, subject.role, body.size()));
        }
        return doc;
    }

    private List<String> title() {
        List<String> t = new ArrayList<>();
        String sessionText = switch (session % 3) {
            case 0 -> "第 " + session + " 次";
            case 1 -> "（第" + Fmt.number(session) + "次）";
            default -> "第" + session + "次" + verb();
        };
        if (combined) {
            t.add("询问/讯问笔录");
            t.add("（行政刑事通用）");
            t.add(sessionText);
        } else if (session % 2 == 0 && !headerTable) {
            t.add(verb() + "笔录（第" + session + "次）");
        } else {
            t.add(verb() + "笔录");
            t.add(sessionText);
        }
        return t;
    }

    private List<String> header() {
        List<String> h = new ArrayList<>();
        String timeLabel = switch (labelStyle % 3) {
            case 0 -> "时间：";
            case 1 -> verb() + "时间：";
            default -> "起止时间：";
        };
        h.add(timeLabel + Fmt.range(start, omitEnd ? null : end, dateStyle));
        h.add("地点：" + location);
        StringBuilder names = new StringBuilder();
        for (Officer o : interviewers) {
            names.append(names.length() == 0 ? "" : "、").append(o.name()).append(o.auxiliary() ? "（辅警）" : "");
        }
        h.add(officerLabel() + "（签名）：" + names + "　工作单位：" + interviewers.get(0).unitName());
        if (omitRecorder || recorder == null) {
            h.add("记录人（签名）：　　　　工作单位：");
        } else {
            h.add("记录人（签名）：" + recorder.name() + (recorder.auxiliary() ? "（辅警）" : "") + "　工作单位："
                    + recorder.unitName());
        }
        if (interpreter != null) {
            h.add("翻译人：" + interpreter);
        }
        if (guardian != null) {
            h.add("法定代理人：" + guardian);
        }
        LocalDate day = start.toLocalDate();
        boolean full = fullParticulars != null ? fullParticulars : session == 1;
        h.add(subjectLabel() + "：" + subject.name + "　性别：" + subject.gender + "　年龄：" + subject.ageOn(day)
                + "岁　出生日期：" + Fmt.date(subject.birth, Fmt.DateStyle.CN));
        h.add("身份证件种类及号码：居民身份证 " + subject.idNumber);
        if (full) {
            h.add(labelStyle % 2 == 0 ? "□是 ■否 人大代表" : "是否人大代表：否");
            if (kind == TranscriptKind.INTERROGATION) {
                h.add("民族：" + subject.ethnicity + "　文化程度：" + subject.education + "　政治面貌：" + subject.politics);
                h.add("别名、曾用名、绰号：无");
                h.add("籍贯：" + World.CITY + "　出生地：" + World.CITY + "　职业：" + subject.occupation());
            }
            h.add("现住址：" + subject.address);
            h.add("联系方式：" + subject.phone);
            h.add("户籍所在地：" + subject.household);
            h.add("工作单位：" + subject.employer);
        } else if (!suspect()) {
            h.add("现住址：" + subject.address);
            h.add("联系方式：" + subject.phone);
            h.add("工作单位：" + subject.employer);
        }
        if (arrival != null && arrival.requiresArrivalRecord() && arrivalLine) {
            LocalDateTime arrive = start.minusMinutes(15);
            LocalDateTime leave = (end == null ? start.plusHours(2) : end).plusMinutes(10);
            if (labelStyle % 2 == 0) {
                h.add("（" + arrival.label() + "的" + subjectLabel() + "于" + md(arrive) + "到达，" + md(leave) + "离开，本人签名："
                        + subject.name + "）");
            } else {
                h.add("到案方式：" + arrival.label() + "；到案时间：" + Fmt.csv(arrive) + "；离开时间：" + Fmt.csv(leave)
                        + "；本人签名：" + subject.name);
            }
        }
        if (exceptionNote != null) {
            h.add("（" + exceptionNote + "）");
        }
        return halfWidth ? h.stream().map(Fmt::halfWidthPunct).toList() : h;
    }

    private static String md(LocalDateTime t) {
        return t.getMonthValue() + "月" + t.getDayOfMonth() + "日" + t.getHour() + "时" + Fmt.two(t.getMinute()) + "分";
    }

    private List<List<String>> opening(Rnd rnd) {
        List<List<String>> o = new ArrayList<>();
        boolean criminal = procedure == CaseCategory.CRIMINAL;
        String unit = unitName;
        if (kind == TranscriptKind.INTERROGATION) {
            o.add(qa(rnd.pick("我们是" + unit + "的民警（出示工作证件），现依法对你进行讯问，你要如实回答我们的提问，对与本案无关的问题，你有拒绝回答的权利，听清楚了吗？",
                    "我们是" + unit + "民警，这是我们的工作证件。今天依法讯问你，希望你如实回答，与本案无关的问题可以拒绝回答，明白吗？"),
                    rnd.pick("听清楚了。", "明白。")));
            if (session == 1 && noticeGiven) {
                o.add(qa(rnd.pick("这是《犯罪嫌疑人诉讼权利义务告知书》，现在向你宣读，你是否完全理解告知书的内容？",
                        "现将《犯罪嫌疑人诉讼权利义务告知书》送你阅读，你看清楚了吗？"), rnd.pick("理解。", "看清楚了。")));
            } else if (session > 1) {
                o.add(qa("第一次讯问时告知你的诉讼权利义务，你还清楚吗？", "清楚。"));
            }
            o.add(qa("你是否申请我们回避？", "不申请。"));
            if (leniency) {
                o.add(qa(rnd.pick("根据《中华人民共和国刑事诉讼法》第一百二十条的规定，如实供述自己的罪行可以从宽处理，认罪认罚的可以依法从宽处理，你听明白了吗？",
                        "你如实供述自己罪行的，可以依法从宽处理；自愿认罪认罚的，可以依法从宽处理，你清楚吗？"), rnd.pick("明白。", "清楚。")));
            }
            if (lawyer) {
                o.add(qa(rnd.pick("你有权委托律师作为辩护人，因经济困难或者其他原因没有委托辩护人的，可以向法律援助机构申请法律援助，你是否委托辩护人？",
                        "根据法律规定，你可以委托辩护人，也可以申请法律援助，听清楚了吗？"), rnd.pick("暂时不委托。", "听清楚了。")));
            }
            o.add(qa("本次讯问全程录音录像，讯问期间你需要休息或饮食可以向我们提出，听清楚了吗？", "清楚。"));
        } else if (criminal) {
            String duty = rnd.pick("根据法律规定，你应当如实地提供证据、证言，有意作伪证或者隐匿罪证要负法律责任，你听清楚了吗？",
                    "你要如实提供证据、证言，如果有意作伪证或者隐匿罪证，要负法律责任，明白吗？");
            o.add(qa("我们是" + unit + "的民警（出示工作证件），现依法向你了解有关情况。" + (truthNotice ? duty : "你听清楚了吗？"),
                    rnd.pick("听清楚了。", "明白。")));
            if (noticeGiven) {
                String form = subject.role.equals("证人") ? "证人诉讼权利义务告知书" : "被害人诉讼权利义务告知书";
                o.add(qa("这是《" + form + "》，请你阅读，你是否清楚？", "清楚。"));
            }
            o.add(qa("你是否申请我们回避？", "不申请。"));
        } else {
            String duty = rnd.pick("你必须如实提供证据、证言，故意作伪证或者隐匿证据要负法律责任；对与本案无关的问题，你有拒绝回答的权利。你听明白了吗？",
                    "根据规定，你应当如实提供证据、证言，故意作伪证或者隐匿证据的要依法承担法律责任，与本案无关的问题你有拒绝回答的权利，清楚吗？");
            o.add(qa("我们是" + unit + "民警（出示工作证件），现依法对你进行询问。" + (truthNotice ? duty : "你听明白了吗？"),
                    rnd.pick("明白。", "清楚。")));
            if (truthNotice) {
                o.add(qa("这是《行政案件权利义务告知书》，请你阅读，你是否清楚？", "清楚。"));
            }
            o.add(qa("你是否申请办案民警回避？", "不申请。"));
            if (suspect()) {
                o.add(qa("你有陈述和申辩的权利，听清楚了吗？", "听清楚了。"));
            }
        }
        if (session == 1 && arrival != null) {
            String how = switch (arrival) {
                case ORAL_SUMMONS -> "民警在现场口头传唤我来的。";
                case SUMMONS -> "民警给我送了传唤证，我按时来的。";
                case DETAINED -> "我是被民警抓获带来的。";
                case SURRENDER -> "我自己来投案的。";
                default -> null;
            };
            if (how != null) {
                o.add(qa("你是怎么到公安机关来的？", how));
            }
        }
        if (guardian != null) {
            o.add(qa("你的法定代理人已经到场，你清楚吗？", "清楚。"));
        }
        if (interpreter != null) {
            o.add(qa("本次" + verb() + "由翻译人员在场翻译，你能听懂吗？", "能听懂。"));
        }
        if (exceptionNote != null) {
            o.add(qa("你现在身体状况能否接受" + verb() + "？", "可以，医生同意了。"));
        }
        if (suspect() && (fullParticulars != null ? fullParticulars : session == 1)) {
            o.add(qa("你以前受过刑事处罚或者行政处理吗？", "没有。"));
            if (kind == TranscriptKind.INTERROGATION) {
                o.add(qa("你的家庭情况？", "家里有父母和一个妹妹。"));
                o.add(qa("你的个人简历（社会经历）？", subject.education + "毕业后一直在本市打工。"));
                o.add(qa("你是否是人大代表或者政协委员？", "不是。"));
            }
        }
        return o;
    }

    private List<List<String>> closing() {
        List<List<String>> c = new ArrayList<>();
        c.add(qa("你还有什么补充的吗？", "没有了。"));
        c.add(qa("你以上讲的属实吗？", "属实。"));
        c.add(qa("你看一下笔录，如无误签字捺指印。", refusal ? "我不签。" : "好的。"));
        List<String> tail = new ArrayList<>();
        String conf = switch (confirmation) {
            case OFFICIAL -> "以上笔录我看过（或向我宣读过），和我说的相符。";
            case VARIANT -> switch (labelStyle % 5) {
                case 0 -> "以上笔录我看过，和我说的相符。";
                case 1 -> "以上笔录我看过，与我说的一致。";
                case 2 -> "以上笔录我已看过（向我宣读过），和我说的相符。";
                case 3 -> "以上笔录向我宣读过，和我说的相符。";
                default -> "以上笔录我看过(或向我宣读过),和我说的相符.";
            };
            case OTHER_FORM -> "上述笔录我已看过（或已向我宣读过），情况属实无误。";
            case ABSENT -> null;
        };
        if (conf != null) {
            tail.add(conf);
        }
        if (refusal) {
            tail.add("（" + subjectLabel() + "拒绝签名、捺指印。" + officerLabel() + "：" + officerNames() + "）");
        }
        tail.add(officerLabel() + "：" + (officersSign ? officerNames() : BLANK));
        if (!omitRecorder && recorder != null) {
            tail.add("记录人：" + recorder.name());
        }
        if (interpreter != null) {
            tail.add("翻译人：" + (interpreterSigns ? interpreter.substring(0, interpreter.indexOf('（')) : BLANK));
        }
        if (guardian != null) {
            tail.add("法定代理人：" + (guardianSigns ? guardian.substring(0, guardian.indexOf('（')) : BLANK));
        }
        tail.add(Fmt.date((end == null ? start : end).toLocalDate(), Fmt.DateStyle.CN));
        c.add(tail);
        return c;
    }

    private List<String> officerList() {
        List<String> l = new ArrayList<>(interviewers.stream().map(Officer::name).toList());
        if (recorder != null && !omitRecorder && !l.contains(recorder.name())) {
            l.add(recorder.name());
        }
        return l;
    }

    private String officerNames() {
        return String.join("、", interviewers.stream().map(Officer::name).toList());
    }

    private List<String> qa(String q, String a) {
        List<String> l = new ArrayList<>();
        boolean half = halfWidth;
        l.add((half ? "问:" : "问：") + (half ? Fmt.halfWidthPunct(q) : q));
        l.add((half ? "答:" : "答：") + (half ? Fmt.halfWidthPunct(a) : a));
        return l;
    }

    private static final int PAGE_LINES = 30;

    private static int height(List<String> block) {
        int n = 0;
        for (String l : block) {
            n += DocRenderer.wrap(l).size();
        }
        return n;
    }

    private Doc layout(String path, Doc.Format format, DocumentType type, List<String> header,
                       List<List<String>> opening, List<List<String>> body, List<List<String>> closing) {
        List<List<String>> blocks = new ArrayList<>();
        blocks.addAll(opening);
        blocks.addAll(body);
        blocks.addAll(closing);
        // distribute blocks to pages; the closing tail must not be split from the last Q/A
        List<List<String>> pages = new ArrayList<>();
        List<String> cur = new ArrayList<>(title());
        int headerFrom = cur.size();
        cur.addAll(header);
        int headerTo = cur.size();
        int used = height(cur);
        int perPage = Math.max(1, (blocks.size() + minPages - 1) / minPages);
        int onPage = 0;
        for (List<String> b : blocks) {
            int h = height(b);
            boolean forced = pages.size() < minPages - 1 && onPage >= perPage && b != blocks.get(blocks.size() - 1);
            if ((used + h > PAGE_LINES - 3 || forced) && !cur.isEmpty()) {
                pages.add(cur);
                cur = new ArrayList<>();
                used = 0;
                onPage = 0;
            }
            cur.addAll(b);
            used += h;
            onPage++;
        }
        pages.add(cur);
        Doc doc = new Doc(path, format, type);
        doc.headerTable = headerTable && format == Doc.Format.DOCX;
        doc.breaksOnly = breaksOnly && format == Doc.Format.DOCX;
        int total = pages.size();
        List<Integer> unsigned = new ArrayList<>();
        for (int p = 1; p <= total; p++) {
            Doc.Page page = doc.newPage();
            page.lines.addAll(pages.get(p - 1));
            if (p == 1) {
                page.headerFrom = headerFrom;
                page.headerTo = headerTo;
            }
            boolean last = p == total;
            boolean signed = !refusal && !noSignPages.contains(p) && !(last && noSignPages.contains(LAST));
            boolean printed = !refusal && !noPrintPages.contains(p) && !(last && noPrintPages.contains(LAST));
            if (!signed || !printed) {
                unsigned.add(p);
            }
            page.add(signatureLine(signed, printed));
            if (!doc.breaksOnly) {
                page.add(marker(p, total));
            }
        }
        doc.expect.transcript = new TranscriptFacts(kind, procedure, session, start, omitEnd ? null : end,
                locationKind, interviewers.size(), subject.name, unsigned, officerList(), location);
        return doc;
    }

    private String signatureLine(boolean signed, boolean printed) {
        String label = switch (labelStyle % 4) {
            case 0 -> subjectLabel() + "签名：";
            case 1 -> "被" + verb() + "人签名（捺印）：";
            case 2 -> "本人签名：";
            default -> subjectLabel() + "：";
        };
        if (!printed && label.contains("捺印")) {
            label = subjectLabel() + "签名：";  // keep planted positives unambiguous
        }
        String mark = switch (markerStyle % 4) {
            case 0 -> "（捺指印）";
            case 1 -> "[指印]";
            case 2 -> "（指印）";
            default -> " 捺指印";
        };
        if (!signed && !printed) {
            return label + "__________";
        }
        return label + (signed ? subject.name : "　　　　") + (printed ? mark : "");
    }

    private String marker(int p, int total) {
        return switch (markerStyle % 5) {
            case 0 -> "第 " + p + " 页 共 " + total + " 页";
            case 1 -> "第" + p + "页/共" + total + "页";
            case 2 -> "- " + p + " -";
            case 3 -> "第" + p + "页，共" + total + "页";
            default -> "共" + total + "页 第" + p + "页";
        };
    }
}
