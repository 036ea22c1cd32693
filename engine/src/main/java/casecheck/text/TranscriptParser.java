package casecheck.text;

import casecheck.check.LawConfig;
import casecheck.facts.Arrival;
import casecheck.facts.ArrivalMode;
import casecheck.facts.CaseCategory;
import casecheck.facts.Confirmation;
import casecheck.facts.DocumentType;
import casecheck.facts.Gender;
import casecheck.facts.IdNumber;
import casecheck.facts.Locator;
import casecheck.facts.Officer;
import casecheck.facts.Participant;
import casecheck.facts.Particular;
import casecheck.facts.Person;
import casecheck.facts.PersonRole;
import casecheck.facts.QaTurn;
import casecheck.facts.RightsElement;
import casecheck.facts.Subject;
import casecheck.facts.Transcript;
import casecheck.facts.TranscriptField;
import casecheck.facts.TranscriptKind;
import casecheck.facts.TranscriptPage;
import casecheck.facts.Venue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 讯问笔录 / 询问笔录 into a {@link Transcript} following legal-rules §c: header block (session, time split
 * on 至, place, interviewers, recorder, subject, arrival), opening notices (rights elements by keyword tables of the
 * law configuration), the Q/A body ({@code ^(问|答)[：:]?}, merged turns split), the closing confirmation, the
 * signature block, and per page the subject's signature and fingerprint marks and the "第X页 共Y页" footer.
 * Values that cannot be read stay null; a time line that exists but cannot be parsed sets {@code timeUnreadable}.
 * Immutable and thread-safe.
 */
public final class TranscriptParser {

    /** What the parser needs from outside the document. */
    public record Context(CaseCategory caseCategory, List<Venue> venues, boolean venuesKnown, List<Person> persons) {
        public Context {
            venues = venues == null ? List.of() : List.copyOf(venues);
            persons = persons == null ? List.of() : List.copyOf(persons);
        }
    }

    static final Pattern FOOTER = Pattern.compile(
            "[第笫]\\s*([0-9一二三四五六七八九十]+)\\s*页\\s*[,，、/]?\\s*共\\s*([0-9一二三四五六七八九十]+)\\s*页");
    static final Pattern FOOTER_REVERSED = Pattern.compile(
            "共\\s*([0-9一二三四五六七八九十]+)\\s*页\\s*[,，、/]?\\s*[第笫]\\s*([0-9一二三四五六七八九十]+)\\s*页");
    /**
     * A turn marker: 问/答 with or without a colon, a vendor's Latin Q:/A:, or OCR's 间 for 问 (colon required for
     * these: nothing else opens a line with them).
     */
    private static final Pattern QA = Pattern.compile(
            "^\\s*(问|答|Q(?=\\s*[:：])|A(?=\\s*[:：])|间(?=\\s*[:：]))\\s*[:：]?\\s*(.*)$");
    /** An answer inside the question's line: after end punctuation, or after a gap with its colon ("…名字  答：…"). */
    private static final Pattern INLINE_ANSWER = Pattern.compile("(?<=[?？。!！.])\\s*答\\s*[:：]|\\s+答\\s*[:：]");
    private static final Pattern SESSION = Pattern.compile("第\\s*([0-9一二三四五六七八九十两]+)\\s*次");
    private static final Pattern ID = Pattern.compile("(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])");
    private static final Pattern NAME = Pattern.compile("^[\\u4e00-\\u9fff·]{2,5}$");
    private static final Pattern AGE = Pattern.compile("(\\d{1,3})\\s*(岁|周岁)?");
    private static final Pattern REFUSAL = Pattern.compile(
            "拒绝.{0,8}?(签名|签字|捺指印|按指印|捺印|按手印)|拒不.{0,4}?(签名|签字|捺指印)|拒签");
    private static final Pattern DATE_ONLY = Pattern.compile(
            "^[0-9〇零○一二三四五六七八九十]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$");
    /** Splits a time line into start and end: 至/到, dashes and tildes, a hyphen before a date or a clock time. */
    private static final Pattern RANGE = Pattern.compile(
            "至|到|—|~|－|-(?=\\s*\\d{4}\\s*年)|-(?=\\s*\\d{1,2}\\s*[:时点])");
    /** An end written without its year: "10时20分", "下午3时", "次日0时40分", "11月4日0时40分". */
    private static final Pattern TIME_ONLY = Pattern.compile("^\\s*(?:(?<mon>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*[日号]\\s*)?"
            + "(?<rel>次日|翌日|第二天|同日|当日|当天)?\\s*(?<half>上午|下午|晚上|凌晨|中午)?\\s*"
            + "(?<h>\\d{1,2})\\s*[时:点]\\s*(?<min>\\d{1,2})?\\s*分?\\s*止?\\s*$");
    /** "第 1/3 页". */
    private static final Pattern FOOTER_SLASH = Pattern.compile("[第笫]\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*页");
    private static final Pattern PAGE_FRACTION = Pattern.compile("^(\\d{1,3})/(\\d{1,3})$");
    private static final Pattern PAGE_ONLY = Pattern.compile("^[第笫](\\d{1,3}|[一二三四五六七八九十]{1,3})页$");
    private static final Pattern PAGE_DASH = Pattern.compile("^-\\s*(\\d{1,3})\\s*-$");
    private static final Pattern LABELLED_TIME = Pattern.compile("(到案时间|到达时间|离开时间|离所时间)[:：]?\\s*([^;；，,]+)");
    private static final Pattern FINGERPRINT = Pattern.compile("指印|捺印|手印|指纹|㊞");
    /** The subject's signature label at a page foot, with its printed notes and colon ("被询问人签名（捺印）："). */
    private static final Pattern SUBJECT_SIGNATURE = Pattern.compile(
            "(被讯问人|被询问人|被询问/讯问人|被讯问/询问人|被询\\(讯\\)问人|被问话人|本人)(签名|签字)?(捺指印|按指印|捺印)?"
                    + "(\\([^)]{0,8}\\))*(签名|签字)?[:]?");
    /** A fingerprint mark after the name: "(捺指印)", "(指印)", " 捺指印", "㊞". */
    private static final Pattern FINGERPRINT_MARK = Pattern.compile("\\(?(捺指印|按指印|指印|捺印|手印|指纹|㊞)\\)?");
    private static final Pattern BLANK = Pattern.compile("_{2,}|＿{2,}|—{2,}");
    private static final Pattern ARRIVAL = Pattern.compile("于?\\s*(?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*"
            + "(\\d{1,2})\\s*[时:点]\\s*(\\d{1,2})?\\s*分?\\s*(到达|到案|离开)");
    private static final List<String> NOT_NAMES = List.of("签名", "签字", "捺指印", "本人", "无", "男", "女", "工作单位",
            "民警", "辅警", "见证人", "拒签", "姓名", "单位", "基本情况");

    private final Map<RightsElement, Keywords> rights = new EnumMap<>(RightsElement.class);
    private final Map<Particular, Keywords> particulars = new EnumMap<>(Particular.class);
    private final LocationResolver locations;

    public TranscriptParser(LawConfig law) {
        for (RightsElement e : RightsElement.values()) {
            rights.put(e, Keywords.of(law, "rights." + e.name(), null));
        }
        for (Particular p : Particular.values()) {
            particulars.put(p, Keywords.of(law, "particular." + p.name(), null));
        }
        this.locations = new LocationResolver(law);
    }

    /** Splits text into pages: format pages when known, else after each "第X页 共Y页" footer line. */
    public static List<List<TextLine>> paginate(List<String> pages, boolean paged) {
        List<List<TextLine>> out = new ArrayList<>();
        if (paged || pages.size() > 1) {
            for (String p : pages) {
                List<TextLine> lines = new ArrayList<>();
                int n = 0;
                for (String l : p.split("\n", -1)) {
                    lines.add(TextLine.of(out.size() + 1, ++n, l));
                }
                out.add(lines);
            }
            return out;
        }
        List<TextLine> current = new ArrayList<>();
        int n = 0;
        String text = pages.isEmpty() ? "" : pages.get(0);
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            current.add(TextLine.of(out.size() + 1, ++n, raw[i]));
            boolean footer = isFooter(current.get(current.size() - 1));
            boolean restNonBlank = false;
            for (int j = i + 1; j < raw.length && !restNonBlank; j++) {
                restNonBlank = !raw[j].isBlank();
            }
            if (footer && restNonBlank) {
                out.add(current);
                current = new ArrayList<>();
                n = 0;
            }
        }
        out.add(current);
        return out;
    }

    static boolean isFooter(TextLine l) {
        String c = l.compact();
        // Every page-number form holds 页, a dash or a slash: most lines are ruled out without a regex.
        if (c.length() > 24 || c.indexOf('页') < 0 && c.indexOf('-') < 0 && c.indexOf('/') < 0) {
            return false;
        }
        return (FOOTER.matcher(l.compact()).find()
                || FOOTER_SLASH.matcher(l.compact()).find()
                || FOOTER_REVERSED.matcher(l.compact()).find() || PAGE_DASH.matcher(l.compact()).matches()
                || pageFraction(l.compact()) != null);
    }

    /** "2/3" alone on a line (page 2 of 3): number and total, or null when not such a line or not a page count. */
    private static int[] pageFraction(String compact) {
        Matcher m = PAGE_FRACTION.matcher(compact);
        if (compact.indexOf('/') < 0 || !m.matches()) {
            return null;
        }
        int no = Integer.parseInt(m.group(1));
        int total = Integer.parseInt(m.group(2));
        return no >= 1 && no <= total ? new int[] {no, total} : null;
    }

    /** A page number alone ("第2页") at a page's head: skipped like a footer but not a page boundary. */
    static boolean isPageMark(TextLine l) {
        return l.compact().indexOf('页') >= 0 && PAGE_ONLY.matcher(l.compact()).matches();
    }

    /** '问' or '答' (Q and A read as such) when the compact line opens a turn, else 0. */
    private static char turnMarker(String compact) {
        if (compact.isEmpty() || !QA.matcher(compact).matches() || compact.startsWith("问题")
                || compact.startsWith("答辩") || compact.startsWith("问话")) {
            return 0;
        }
        char c = compact.charAt(0);
        return c == '问' || c == 'Q' || c == '间' ? '问' : c == '答' || c == 'A' ? '答' : 0;
    }

    /** Parses one transcript (no scanned pages). */
    public Transcript parse(String caseId, String docId, String path, DocumentType type, List<String> pageTexts,
                            boolean paged, Context ctx) {
        return parse(caseId, docId, path, type, pageTexts, paged, java.util.Set.of(), ctx);
    }

    /**
     * Parses one transcript; {@code scannedPages} (1-based, meaningful when {@code paged}) are scans whose marks
     * may exist only in the image: their pages say so, and signature rules ask a person instead of reporting.
     */
    public Transcript parse(String caseId, String docId, String path, DocumentType type, List<String> pageTexts,
                            boolean paged, java.util.Set<Integer> scannedPages, Context ctx) {
        List<List<TextLine>> pages = paginate(pageTexts, paged);
        List<TextLine> all = new ArrayList<>();
        pages.forEach(all::addAll);
        Transcript.Builder b = Transcript.builder(caseId, docId, path);
        b.combinedForm = type == DocumentType.COMBINED_RECORD;

        int bodyStart = firstTurn(all);
        List<TextLine> header = all.subList(0, bodyStart < 0 ? all.size() : bodyStart);
        TextLine titleLine = header.stream().filter(l -> !l.isBlank()).findFirst().orElse(null);
        if (titleLine != null) {
            b.locate(TranscriptField.TITLE, loc(path, titleLine));
        }

        // Session number: on the title lines.
        for (TextLine l : header.subList(0, Math.min(header.size(), 8))) {
            Matcher m = SESSION.matcher(l.compact());
            if (m.find() && !l.compact().startsWith("时间")) {
                b.sessionNo = Integer.parseInt(DateTimes.hanNumber(m.group(1)));
                b.locate(TranscriptField.SESSION, loc(path, l));
                break;
            }
        }

        String subjectLabel = null;
        String roleText = null;
        String idText = null;
        String genderText = null;
        String birthText = null;
        String ageText = null;
        String subjectName = null;
        String placeRaw = null;
        TextLine placeLine = null;
        List<TextLine> fieldLines = joinBrokenLabels(header);
        for (int hi = 0; hi < fieldLines.size(); hi++) {
            TextLine l = fieldLines.get(hi);
            if (l.isBlank() || isFooter(l)) {
                continue;
            }
            if (isArrivalLine(l)) {
                parseArrival(b, l, path);
                continue;
            }
            List<HeaderFields.Field> fields = HeaderFields.split(l.norm());
            for (int fi = 0; fi < fields.size(); fi++) {
                HeaderFields.Field f = fields.get(fi);
                if (fi == fields.size() - 1 && VALUE_BELOW.contains(f.key())) {
                    String below = valueBelow(f, fieldLines, hi);
                    if (below != null) {
                        f = new HeaderFields.Field(f.key(), f.label(), f.signatureField(),
                                (f.value() + " " + below).strip(), f.start());
                    }
                }
                switch (f.key()) {
                    case TIME -> {
                        if (b.locators.get(TranscriptField.TIME) == null) {
                            parseTime(b, f.value() + continuation(fieldLines, hi), l, path);
                        }
                    }
                    case NAME -> {
                        if (subjectName == null) {
                            subjectName = firstName(f.value());
                            if (subjectName != null) {
                                b.locate(TranscriptField.SUBJECT, loc(path, l));
                            }
                        }
                    }
                    case PLACE -> {
                        if (placeRaw == null) {
                            placeRaw = cleanValue(f.value());
                            placeLine = l;
                        }
                    }
                    case INTERVIEWER -> {
                        if (b.interviewers.isEmpty()) {
                            b.interviewers.addAll(officers(f.value(), f.signatureField()));
                            b.locate(TranscriptField.INTERVIEWERS, loc(path, l));
                            if (b.interviewers.isEmpty() && written(f.value())) {
                                b.illegible.add(TranscriptField.INTERVIEWERS);
                            }
                        }
                    }
                    case RECORDER -> {
                        if (b.recorder == null) {
                            List<Officer> r = officers(f.value(), f.signatureField());
                            if (!r.isEmpty()) {
                                b.recorder = r.get(0);
                            } else if (written(f.value())) {
                                b.illegible.add(TranscriptField.RECORDER);
                            }
                            b.locate(TranscriptField.RECORDER, loc(path, l));
                        }
                    }
                    case SUBJECT -> {
                        if (subjectName == null) {
                            subjectLabel = f.label();
                            subjectName = firstName(f.value());
                            b.locate(TranscriptField.SUBJECT, loc(path, l));
                            if (subjectName == null && written(f.value())) {
                                b.illegible.add(TranscriptField.SUBJECT);
                            }
                            // "赵大伟，男，1991年5月6日出生": gender and birth written after the name without labels.
                            for (String part : f.value().split("[,，、;；\\s]+")) {
                                if (genderText == null && (part.equals("男") || part.equals("女"))) {
                                    genderText = part;
                                } else if (birthText == null && part.endsWith("出生") && DateTimes.looksLikeDate(part)) {
                                    birthText = part;
                                }
                            }
                            roleText = roleText == null ? roleIn(f.value()) : roleText;
                        }
                    }
                    case INTERPRETER -> {
                        String n = firstName(f.value());
                        if (n != null) {
                            b.interpreter = new Participant(n, "翻译人员", f.signatureField());
                            b.locate(TranscriptField.INTERPRETER, loc(path, l));
                        }
                    }
                    case GUARDIAN -> {
                        String n = firstName(f.value());
                        if (n != null) {
                            b.guardian = new Participant(n, f.label().replaceAll("[(:].*", "").strip(),
                                    f.signatureField());
                            b.locate(TranscriptField.GUARDIAN, loc(path, l));
                        }
                    }
                    case GENDER -> genderText = genderText == null ? f.value() : genderText;
                    case AGE -> ageText = ageText == null ? f.value() : ageText;
                    case BIRTH -> birthText = birthText == null ? f.value() : birthText;
                    case ID -> idText = idText == null ? f.value() : idText;
                    case ROLE -> roleText = roleText == null ? roleIn(f.value()) : roleText;
                    case ARRIVAL_MODE -> {
                        ArrivalMode mode = arrivalMode(f.value());
                        if (mode != ArrivalMode.UNKNOWN) {
                            Arrival a = b.arrival == null ? Arrival.unknown() : b.arrival;
                            b.arrival = new Arrival(mode, a.arrivalTime(), a.leaveTime(), a.recorded());
                            b.locate(TranscriptField.ARRIVAL, loc(path, l));
                        }
                    }
                    default -> {
                    }
                }
            }
            if (roleText == null) {
                roleText = roleIn(l.compact().startsWith("被") || l.compact().contains("身份") ? l.compact() : "");
            }
        }

        // Q/A body.
        List<TextLine> body = bodyStart < 0 ? List.of() : all.subList(bodyStart, all.size());
        int lastTurnIdx = parseTurns(b, body, runningLines(pages));
        StringBuilder officerText = new StringBuilder();
        StringBuilder allText = new StringBuilder();
        for (TextLine l : header) {
            officerText.append(l.compact()).append('\n');
        }
        for (QaTurn t : b.turns) {
            officerText.append(t.question()).append('\n');
            allText.append(t.question()).append('\n').append(t.answer()).append('\n');
        }
        for (TextLine l : header) {
            allText.append(l.compact()).append('\n');
        }

        // Subject.
        IdNumber id = idText == null ? null : idIn(idText);
        if (id == null) {
            for (TextLine l : header) {
                if (l.compact().contains("身份证") || l.compact().contains("证件")) {
                    id = idIn(l.compact());
                    if (id != null) {
                        break;
                    }
                }
            }
        }
        Gender gender = genderText == null ? null
                : genderText.startsWith("男") ? Gender.MALE : genderText.startsWith("女") ? Gender.FEMALE : null;
        if (gender == null && id != null && id.valid()) {
            gender = id.gender();
        }
        LocalDate birth = birthText == null ? null : DateTimes.parseDate(birthText);
        if (birth == null && id != null && id.valid()) {
            birth = id.birthDate();
        }
        Person person = matchPerson(ctx.persons(), subjectName, id);
        if (birth == null && person != null) {
            birth = person.birthDate();
        }
        if (gender == null && person != null) {
            gender = person.gender();
        }
        PersonRole role = roleText == null ? null : roleOf(roleText);
        if (role == null && person != null) {
            role = person.role();
        }
        if (role == null) {
            role = roleOf(officerText.toString().replaceAll("诉讼权利义务告知书", ""));
        }
        Integer age = null;
        if (birth != null && b.start != null) {
            age = Period.between(birth, b.start.toLocalDate()).getYears();
        } else if (ageText != null && birth == null) {
            // The age as written is the age on the day of the questioning.
            Matcher m = AGE.matcher(DateTimes.repairDigits(ageText));
            age = m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        if (subjectName != null || id != null) {
            b.subject = new Subject(subjectName, id, gender, birth, age, role,
                    person == null ? null : person.personId());
        }

        // Kind and procedure.
        String title = titleLine == null ? "" : titleLine.compact();
        b.kind = kindOf(type, subjectLabel, role, title);
        b.procedure = procedureOf(b.kind, role, officerText.toString(), title, ctx.caseCategory());

        // Location.
        if (placeRaw != null) {
            b.location = locations.resolve(placeRaw, ctx.venues(), ctx.venuesKnown(),
                    b.start == null ? null : b.start.toLocalDate(), role);
            b.locate(TranscriptField.LOCATION, loc(path, placeLine));
        }

        // Rights elements given, in the officer's words.
        String officer = officerText.toString();
        for (Map.Entry<RightsElement, Keywords> e : rights.entrySet()) {
            if (family(e.getKey(), b.procedure, role) && e.getValue().matches(officer)) {
                b.rights.add(e.getKey());
            }
        }
        TextLine rightsLine = firstMatching(all, "权利义务告知书|如实供述|回避|拒绝回答");
        if (rightsLine != null) {
            b.locate(TranscriptField.RIGHTS, loc(path, rightsLine));
        }

        // Particulars (TX-09).
        String every = allText.toString();
        if (subjectName != null) {
            b.particulars.add(Particular.NAME);
        }
        for (Map.Entry<Particular, Keywords> e : particulars.entrySet()) {
            if (e.getValue().matches(every)) {
                b.particulars.add(e.getKey());
            }
        }
        if (id != null) {
            b.particulars.add(Particular.ID_DOCUMENT);
        }
        if (birth != null) {
            b.particulars.add(Particular.BIRTH_DATE);
        }

        // Arrival from the Q/A when the header has none.
        if (b.arrival == null || b.arrival.mode() == ArrivalMode.UNKNOWN) {
            for (QaTurn t : b.turns) {
                if (t.question().matches(".*(怎么|如何|怎样|何种方式).*(来|到).*") || t.question().contains("到案")) {
                    ArrivalMode mode = arrivalMode(t.answer());
                    if (mode != ArrivalMode.UNKNOWN) {
                        Arrival a = b.arrival == null ? Arrival.unknown() : b.arrival;
                        b.arrival = new Arrival(mode, a.arrivalTime(), a.leaveTime(), a.recorded());
                        break;
                    }
                }
            }
        }

        // Closing, signatures, pages.
        parseClosing(b, pages, path);
        parseSignatureBlock(b, body, lastTurnIdx, path);
        parsePages(b, docId, pages, header.size(), path, paged ? scannedPages : java.util.Set.of());
        b.refusalNote = all.stream().anyMatch(l -> REFUSAL.matcher(l.compact()).find());
        if (b.sessionNo != null) {
            b.first = b.sessionNo == 1;
        }
        b.locate(TranscriptField.BODY, body.isEmpty() ? Locator.ofDocument(path) : loc(path, body.get(0)));
        // A name found anywhere (a later line, the signature block) makes the field readable after all.
        if (!b.interviewers.isEmpty()) {
            b.illegible.remove(TranscriptField.INTERVIEWERS);
        }
        if (b.recorder != null) {
            b.illegible.remove(TranscriptField.RECORDER);
        }
        if (b.subject != null && b.subject.name() != null) {
            b.illegible.remove(TranscriptField.SUBJECT);
        }
        return b.build();
    }

    /**
     * Page furniture: a line among the first or last three non-blank lines of a page that recurs at the same end of
     * another page (unit name, title, print stamp). Signature lines and Q/A lines never count.
     */
    static java.util.Set<String> runningLines(List<List<TextLine>> pages) {
        if (pages.size() < 2) {
            return java.util.Set.of();
        }
        Map<String, Integer> heads = new java.util.HashMap<>();
        Map<String, Integer> feet = new java.util.HashMap<>();
        for (List<TextLine> page : pages) {
            List<TextLine> content = page.stream().filter(l -> !l.isBlank() && !isFooter(l) && !isPageMark(l)
                    && !isSignatureLine(l) && turnMarker(l.compact()) == 0).toList();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < Math.min(3, content.size()); i++) {
                if (seen.add("h" + content.get(i).compact())) {
                    heads.merge(content.get(i).compact(), 1, Integer::sum);
                }
            }
            for (int i = Math.max(0, content.size() - 3); i < content.size(); i++) {
                if (seen.add("f" + content.get(i).compact())) {
                    feet.merge(content.get(i).compact(), 1, Integer::sum);
                }
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        heads.forEach((k, n) -> {
            if (n >= 2) {
                out.add(k);
            }
        });
        feet.forEach((k, n) -> {
            if (n >= 2) {
                out.add(k);
            }
        });
        return out;
    }

    private static Locator loc(String path, TextLine l) {
        return Locator.of(path, l.page(), l.line(), l.raw());
    }

    private static int firstTurn(List<TextLine> all) {
        for (int i = 0; i < all.size(); i++) {
            String c = all.get(i).compact();
            if (QA.matcher(c).matches() && (c.startsWith("问:") || c.startsWith("答:") || c.length() > 2
                    && !c.startsWith("问题") && !c.startsWith("问话")) && !restOfBrokenLabel(all, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Fields whose value a table-like layout prints on the line below the label. */
    private static final java.util.Set<HeaderFields.Key> VALUE_BELOW = java.util.EnumSet.of(HeaderFields.Key.PLACE,
            HeaderFields.Key.INTERVIEWER, HeaderFields.Key.RECORDER, HeaderFields.Key.SUBJECT, HeaderFields.Key.NAME,
            HeaderFields.Key.ID);
    private static final Pattern ID_LINE = Pattern.compile("^[0-9OoIlXx]{15,18}$");

    /**
     * The line below a label left empty at the end of its line ("询问人：" then "刘强、马丽"), or below an ID field
     * naming only the document kind ("居民身份证" then the number); null when that line is something else.
     */
    private static String valueBelow(HeaderFields.Field f, List<TextLine> lines, int i) {
        boolean id = f.key() == HeaderFields.Key.ID;
        if (i + 1 >= lines.size() || (id ? f.value().matches(".*\\d.*") : !f.value().isEmpty())) {
            return null;
        }
        TextLine next = lines.get(i + 1);
        if (id) {
            return ID_LINE.matcher(next.compact()).matches() ? next.compact() : null;
        }
        if (next.isBlank() || isFooter(next) || turnMarker(next.compact()) != 0 || isArrivalLine(next)
                || next.compact().length() > 40 || !HeaderFields.split(next.norm()).isEmpty()) {
            return null;
        }
        return next.norm();
    }

    /** "问人：赵大伟" after a line "被讯": the rest of a label OCR broke over two lines, not a question. */
    private static boolean restOfBrokenLabel(List<TextLine> all, int i) {
        if (i == 0) {
            return false;
        }
        TextLine prev = all.get(i - 1);
        return !prev.isBlank() && prev.compact().length() <= 3 && HeaderFields.split(prev.norm()).isEmpty()
                && HeaderFields.startsWithLabel(TextLine.normalise(prev.raw().strip() + all.get(i).raw().strip()));
    }

    /** Joins a label that OCR broke over two lines ("记录" + "人：王芳"): a short line without a label of its own. */
    private static List<TextLine> joinBrokenLabels(List<TextLine> header) {
        List<TextLine> out = new ArrayList<>(header.size());
        for (int i = 0; i < header.size(); i++) {
            TextLine l = header.get(i);
            if (i + 1 < header.size() && !l.isBlank() && l.compact().length() <= 3
                    && HeaderFields.split(l.norm()).isEmpty()) {
                TextLine next = header.get(i + 1);
                TextLine joined = TextLine.of(l.page(), l.line(), l.raw().strip() + next.raw().strip());
                if (!next.isBlank() && HeaderFields.startsWithLabel(joined.norm())
                        && !HeaderFields.startsWithLabel(next.norm())) {
                    out.add(joined);
                    i++;
                    continue;
                }
            }
            out.add(l);
        }
        return out;
    }

    /** The ID number in a text; a number OCR garbled (O for 0, l for 1) counts only when its check digit agrees. */
    private static IdNumber idIn(String text) {
        String t = TextLine.normalise(text).replaceAll("\\s", "");
        Matcher m = ID.matcher(t);
        IdNumber id = m.find() ? IdNumber.parse(m.group(1)) : null;
        if (id == null || !id.valid()) {
            Matcher r = ID.matcher(DateTimes.repairDigits(t));
            while (r.find()) {
                IdNumber repaired = IdNumber.parse(r.group(1));
                if (repaired.valid()) {
                    return repaired;
                }
            }
        }
        return id;
    }

    /**
     * The next line when it continues a wrapped field (no label of its own, not Q/A, not a footer), else "". PDF
     * renderers wrap long header lines such as a time range in Chinese numerals.
     */
    private static String continuation(List<TextLine> lines, int i) {
        if (i + 1 >= lines.size()) {
            return "";
        }
        TextLine next = lines.get(i + 1);
        if (next.isBlank() || isFooter(next) || QA.matcher(next.compact()).matches() || isArrivalLine(next)
                || !HeaderFields.split(next.norm()).isEmpty() || next.compact().length() > 24
                || !next.compact().matches(".*[0-9〇零一二三四五六七八九十时分日].*")) {
            return "";
        }
        return next.norm();
    }

    private static boolean isArrivalLine(TextLine l) {
        String c = l.compact();
        return (c.contains("到达") || c.contains("到案时间")) && (c.contains("离开") || c.contains("传唤")
                || c.contains("投案") || c.contains("扭送"));
    }

    private void parseArrival(Transcript.Builder b, TextLine l, String path) {
        String c = l.compact();
        ArrivalMode mode = ArrivalMode.UNKNOWN;
        // The printed form lists all options ("口头传唤/被扭送/自动投案"): a mode counts only when it is the only one.
        int options = 0;
        for (String k : List.of("口头传唤", "扭送", "投案")) {
            if (c.contains(k)) {
                options++;
            }
        }
        if (options == 1) {
            mode = arrivalMode(c);
        }
        LocalDateTime arrive = null;
        LocalDateTime leave = null;
        Matcher m = ARRIVAL.matcher(c);
        while (m.find()) {
            int year = m.group(1) != null ? Integer.parseInt(m.group(1))
                    : b.start != null ? b.start.getYear() : -1;
            if (year < 0) {
                continue;
            }
            try {
                LocalDateTime t = LocalDateTime.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)), m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
                if (m.group(6).equals("离开")) {
                    leave = t;
                } else {
                    arrive = t;
                }
            } catch (java.time.DateTimeException e) {
                // an impossible date is left unknown
            }
        }
        Matcher lt = LABELLED_TIME.matcher(l.norm());
        while (lt.find()) {
            LocalDateTime t = DateTimes.parseDateTime(lt.group(2));
            if (t != null && lt.group(1).startsWith("离")) {
                leave = t;
            } else if (t != null) {
                arrive = t;
            }
        }
        b.arrival = new Arrival(mode, arrive, leave, arrive != null || leave != null);
        b.locate(TranscriptField.ARRIVAL, loc(path, l));
    }

    static ArrivalMode arrivalMode(String t) {
        if (t == null) {
            return ArrivalMode.UNKNOWN;
        }
        if (t.contains("口头传唤")) {
            return ArrivalMode.ORAL_SUMMONS;
        }
        if (t.contains("拘传")) {
            return ArrivalMode.COMPELLED;
        }
        if (t.contains("传唤证") || t.contains("被传唤") || t.contains("书面传唤")) {
            return ArrivalMode.SUMMONS;
        }
        if (t.contains("投案") || t.contains("自首")) {
            return ArrivalMode.SURRENDER;
        }
        if (t.contains("扭送")) {
            return ArrivalMode.ESCORTED_BY_CITIZENS;
        }
        if (t.contains("抓获") || t.contains("刑事拘留") || t.contains("羁押") || t.contains("押解")) {
            return ArrivalMode.DETAINED;
        }
        if (t.contains("通知") || t.contains("电话")) {
            return ArrivalMode.INVITED;
        }
        return ArrivalMode.UNKNOWN;
    }

    private void parseTime(Transcript.Builder b, String value, TextLine l, String path) {
        b.locate(TranscriptField.TIME, loc(path, l));
        String v = TextLine.normalise(value).replaceAll("_+", " ").strip();
        if (v.isEmpty() || !v.matches(".*[0-9〇零○一二三四五六七八九十].*")) {
            // An empty time line: the time is missing, not unreadable.
            return;
        }
        String[] parts = RANGE.split(v, 2);
        DateTimes.Parsed start = DateTimes.parse(parts[0]);
        b.start = start != null && start.hasTime() ? start.value() : null;
        if (parts.length > 1) {
            DateTimes.Parsed end = DateTimes.parse(parts[1]);
            if (end != null && end.hasTime()) {
                b.end = end.value();
            } else if (end == null && b.start != null) {
                b.end = timeOnly(parts[1], b.start);
            }
        }
        b.timeUnreadable = b.start == null || (parts.length > 1 && b.end == null
                && parts[1].matches(".*[0-9〇零一二三四五六七八九十].*")) || parts.length == 1;
    }

    /**
     * "15时20分" after a full start: the same day when not before the start, the day written out ("次日", "同日");
     * an earlier clock time without a date could be a slip of the pen as well as midnight, so it stays unreadable (null).
     */
    private static LocalDateTime timeOnly(String s, LocalDateTime start) {
        Matcher m = TIME_ONLY.matcher(DateTimes.hanToArabic(DateTimes.repairDigits(DateTimes.normalize(s))));
        if (!m.find()) {
            return null;
        }
        int h = Integer.parseInt(m.group("h"));
        int min = m.group("min") == null ? 0 : Integer.parseInt(m.group("min"));
        String half = m.group("half");
        if (half != null && (half.equals("下午") || half.equals("晚上")) && h < 12) {
            h += 12;
        }
        if (h > 23 || min > 59) {
            return null;
        }
        if (m.group("mon") != null) {
            // Month and day without the year: the start's year, unless that would put the day before the start's.
            try {
                LocalDate day = LocalDate.of(start.getYear(), Integer.parseInt(m.group("mon")),
                        Integer.parseInt(m.group("day")));
                return day.isBefore(start.toLocalDate()) ? null : day.atTime(h, min);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        String rel = m.group("rel");
        if (rel != null) {
            // The day is written out: the next day, or the same day even when that puts the end before the start.
            boolean next = rel.equals("次日") || rel.equals("翌日") || rel.equals("第二天");
            return start.toLocalDate().plusDays(next ? 1 : 0).atTime(h, min);
        }
        LocalDateTime t = start.toLocalDate().atTime(h, min);
        return t.isBefore(start) ? null : t;
    }

    /**
     * Splits Q/A turns; returns the index (in body) of the last line that belongs to a turn. Lines repeated at the
     * head or foot of several pages ({@code running}) are page furniture, not words of a turn.
     */
    private static int parseTurns(Transcript.Builder b, List<TextLine> body, java.util.Set<String> running) {
        String q = null;
        StringBuilder a = null;
        int page = 1;
        int last = -1;
        for (int i = 0; i < body.size(); i++) {
            TextLine l = body.get(i);
            if (l.isBlank() || isFooter(l) || isPageMark(l) || running.contains(l.compact())) {
                continue;
            }
            if (isSignatureLine(l)) {
                continue;
            }
            if (isClosingSentence(l.compact())) {
                // The confirmation ends the questioning: a wrapped rest of it is not part of the last answer.
                if (q != null && turnMarker(l.compact()) == 0) {
                    b.turns.add(new QaTurn(q, a == null ? "" : a.toString(), page));
                    q = null;
                    a = null;
                }
                continue;
            }
            Matcher m = QA.matcher(l.norm());
            char marker = turnMarker(l.compact());
            if (marker != 0 && m.matches()) {
                String text = m.group(2).strip();
                if (marker == '问') {
                    if (q != null) {
                        b.turns.add(new QaTurn(q, a == null ? "" : a.toString(), page));
                    }
                    Matcher inline = INLINE_ANSWER.matcher(text);
                    if (inline.find()) {
                        q = text.substring(0, inline.start()).strip();
                        a = new StringBuilder(text.substring(inline.end()).strip());
                    } else {
                        q = text;
                        a = null;
                    }
                    page = l.page();
                } else {
                    if (q == null) {
                        q = "";
                        page = l.page();
                    }
                    if (a == null) {
                        a = new StringBuilder(text);
                    } else {
                        a.append(a.length() > 0 ? " " : "").append(text);
                    }
                }
                last = i;
            } else if (q != null && !DATE_ONLY.matcher(l.compact()).matches()) {
                // A wrapped line continues the turn; the signature block's date line does not.
                if (a != null) {
                    a.append(l.norm());
                } else {
                    q = q + l.norm();
                }
            }
        }
        if (q != null) {
            b.turns.add(new QaTurn(q, a == null ? "" : a.toString(), page));
        }
        return last;
    }

    static boolean isSignatureLine(TextLine l) {
        String c = l.compact();
        return SIGNATURE_LINE.matcher(c).matches() && !QA.matcher(c).matches();
    }

    /** A signature-block line: the label of a signer at its start. */
    private static final Pattern SIGNATURE_LINE = Pattern.compile(
            "^(被讯问人|被询问人|被询问/讯问人|被讯问/询问人|讯问人|询问人|询问/讯问人|讯问/询问人|记录人|记录员"
                + "|翻译人|翻译人员|法定代理人|合适成年人|监护人)(\\(签名\\)|\\(签字\\)|签名|签字)?.*");
    private static final Pattern LEADING_NAME = Pattern.compile("^([\\u4e00-\\u9fff·]{2,5})");
    private static final Pattern NAME_WITH_ROLE = Pattern.compile(
            "^([\\u4e00-\\u9fff·]{2,4})(?:犯罪嫌疑人|违法嫌疑人|被害人|被侵害人|证人)");

    private static final Pattern CLOSING_NOISE = Pattern.compile("[\\s,，、。.;；:：()（）\"“”'‘’!！]");

    /** Normalises a closing sentence for comparison: NFKC, no whitespace, brackets and punctuation removed. */
    static String closingKey(String compact) {
        return CLOSING_NOISE.matcher(compact).replaceAll("");
    }

    private static final Pattern OFFICIAL = Pattern.compile("以上笔录我看过或向我宣读过和我说的相符");
    /**
     * Accepted variants (legal-rules §c.4): "以上笔录/记录我看过（向我宣读过），和/与我说的相符/一样/一致", read out to
     * the subject with "记录属实", and the short "我看过，与我说的一样".
     */
    private static final Pattern VARIANT = Pattern.compile(
            "(以上|上述)(笔录|记录)(我已?看过|我已阅读|我已经看过|已?向我宣读过?|我已?看过或已?向我宣读过?"
                    + "|我已?看过向我宣读过?).{0,12}?(和|与|跟|同)我(所)?说的(相符|一样|一致|相同)"
                    + "|(以上|上述)(笔录|记录)(我已?看过|我已经看过|已?向我宣读过?)(记录|笔录)(属实|无误)"
                    + "|^我(已经?|已)?看过(或已?向我宣读过?)?(和|与|跟|同)我(所)?说的(相符|一样|一致|相同)");
    private static final Pattern OTHER_FORM = Pattern.compile("情况属实无误|以上情况属实|内容属实");

    static boolean isClosingSentence(String compact) {
        String k = closingKey(compact);
        return OFFICIAL.matcher(k).find() || VARIANT.matcher(k).find() || OTHER_FORM.matcher(k).find()
                && k.startsWith("以上") || k.startsWith("上述笔录") || opensClosing(k);
    }

    /** The first part of a confirmation that was wrapped over two lines ("以上笔录我看过（或向我宣读"). */
    private static boolean opensClosing(String key) {
        return key.startsWith("以上笔录我") || key.startsWith("以上记录我") || key.startsWith("以上笔录已向我")
                || key.startsWith("以上笔录向我");
    }

    private static Confirmation confirmationOf(String key) {
        return OFFICIAL.matcher(key).find() ? Confirmation.OFFICIAL
                : VARIANT.matcher(key).find() ? Confirmation.VARIANT
                : OTHER_FORM.matcher(key).find() ? Confirmation.OTHER_FORM : null;
    }

    private static void parseClosing(Transcript.Builder b, List<List<TextLine>> pages, String path) {
        List<TextLine> last = pages.get(pages.size() - 1);
        Confirmation found = Confirmation.ABSENT;
        TextLine at = null;
        for (int i = 0; i < last.size(); i++) {
            TextLine l = last.get(i);
            if (QA.matcher(l.compact()).matches() && !l.compact().contains("以上笔录")) {
                continue;
            }
            String k = closingKey(l.compact());
            Confirmation c = confirmationOf(k);
            if (c == null && opensClosing(k)) {
                // A handwritten confirmation wrapped over two lines.
                for (int j = i + 1; j < last.size(); j++) {
                    if (!last.get(j).isBlank()) {
                        c = confirmationOf(k + closingKey(last.get(j).compact()));
                        break;
                    }
                }
            }
            if (c != null && (found == Confirmation.ABSENT || c.ordinal() < found.ordinal())) {
                found = c;
                at = l;
            }
        }
        b.confirmation = found;
        b.locate(TranscriptField.CLOSING, at != null ? loc(path, at)
                : Locator.of(path, pages.size(), null, ""));
    }

    /** Names and signed flags of the officers in the signature block after the last turn. */
    private static void parseSignatureBlock(Transcript.Builder b, List<TextLine> body, int lastTurn, String path) {
        boolean officersSignedBlock = false;
        List<String> signedNames = new ArrayList<>();
        Boolean recorderSigned = null;
        for (int i = Math.max(0, lastTurn + 1); i < body.size(); i++) {
            TextLine l = body.get(i);
            for (HeaderFields.Field f : HeaderFields.split(l.norm())) {
                if (f.key() == HeaderFields.Key.INTERVIEWER) {
                    officersSignedBlock = true;
                    b.locate(TranscriptField.SIGNATURES, loc(path, l));
                    for (Officer o : officers(f.value(), true)) {
                        signedNames.add(o.name());
                    }
                } else if (f.key() == HeaderFields.Key.RECORDER) {
                    List<Officer> r = officers(f.value(), true);
                    recorderSigned = !r.isEmpty();
                    if (b.recorder == null && !r.isEmpty()) {
                        b.recorder = r.get(0);
                    }
                } else if (f.key() == HeaderFields.Key.INTERPRETER && b.interpreter != null) {
                    b.interpreter = new Participant(b.interpreter.name(), b.interpreter.role(),
                            firstName(f.value()) != null);
                } else if (f.key() == HeaderFields.Key.GUARDIAN) {
                    String n = firstName(f.value());
                    if (b.guardian != null) {
                        b.guardian = new Participant(b.guardian.name(), b.guardian.role(), n != null);
                    } else if (n != null) {
                        b.guardian = new Participant(n, f.label().replaceAll("[(:].*", "").strip(), true);
                    }
                }
            }
        }
        if (officersSignedBlock) {
            List<Officer> updated = new ArrayList<>();
            for (Officer o : b.interviewers) {
                updated.add(new Officer(o.name(), o.name() != null && signedNames.contains(o.name()), o.auxiliary(),
                        o.gender()));
            }
            if (b.interviewers.isEmpty()) {
                for (String n : signedNames) {
                    updated.add(new Officer(n, true, false, null));
                }
            }
            b.interviewers.clear();
            b.interviewers.addAll(updated);
        }
        if (recorderSigned != null && b.recorder != null) {
            b.recorder = new Officer(b.recorder.name(), recorderSigned, b.recorder.auxiliary(), b.recorder.gender());
        }
    }

    private static void parsePages(Transcript.Builder b, String docId, List<List<TextLine>> pages, int headerLines,
                                   String path, java.util.Set<Integer> scannedPages) {
        for (int p = 0; p < pages.size(); p++) {
            List<TextLine> lines = pages.get(p);
            Integer declaredNo = null;
            Integer declaredTotal = null;
            List<TextLine> content = new ArrayList<>();
            for (TextLine l : lines) {
                if (isFooter(l)) {
                    Matcher m = FOOTER.matcher(l.compact());
                    int at = -1;
                    if (m.find()) {
                        declaredNo = Integer.valueOf(DateTimes.hanNumber(m.group(1)));
                        declaredTotal = Integer.valueOf(DateTimes.hanNumber(m.group(2)));
                        at = m.start();
                    } else {
                        Matcher r = FOOTER_REVERSED.matcher(l.compact());
                        Matcher dash = PAGE_DASH.matcher(l.compact());
                        int[] fraction = pageFraction(l.compact());
                        Matcher slash = FOOTER_SLASH.matcher(l.compact());
                        if (slash.find()) {
                            declaredNo = Integer.valueOf(slash.group(1));
                            declaredTotal = Integer.valueOf(slash.group(2));
                            at = slash.start();
                        } else if (r.find()) {
                            declaredTotal = Integer.valueOf(DateTimes.hanNumber(r.group(1)));
                            declaredNo = Integer.valueOf(DateTimes.hanNumber(r.group(2)));
                            at = r.start();
                        } else if (dash.matches()) {
                            declaredNo = Integer.valueOf(dash.group(1));
                        } else if (fraction != null) {
                            declaredNo = fraction[0];
                            declaredTotal = fraction[1];
                        }
                    }
                    if (at > 0) {
                        // A signature written on the footer's line ("被讯问人：张三    第1页 共2页") is still the foot.
                        content.add(new TextLine(l.page(), l.line(), l.raw(), l.norm(), l.compact().substring(0, at)));
                    }
                } else if (isPageMark(l)) {
                    if (declaredNo == null) {
                        declaredNo = Integer.valueOf(DateTimes.hanNumber(l.compact().replaceAll("[第笫页]", "")));
                    }
                } else if (!l.isBlank()) {
                    content.add(l);
                }
            }
            // The page foot: the last lines of the page, never the header block of page 1.
            int from = Math.max(0, content.size() - 6);
            boolean signed = false;
            boolean fingerprint = false;
            TextLine footLine = null;
            for (int i = from; i < content.size(); i++) {
                TextLine l = content.get(i);
                if (p == 0 && l.line() - 1 < headerLines) {
                    continue;
                }
                String c = l.compact();
                if (turnMarker(c) != 0 || QA.matcher(c).matches() && (c.startsWith("问") || c.startsWith("答"))) {
                    continue;
                }
                boolean subjectLine = !c.contains("拒绝") && !c.contains("拒不") && !c.contains("拒签") && SUBJECT_SIGNATURE.matcher(c).lookingAt();
                if (subjectLine) {
                    Matcher lm = SUBJECT_SIGNATURE.matcher(c);
                    lm.lookingAt();
                    String value = c.substring(lm.end());
                    boolean blank = value.isEmpty() || BLANK.matcher(value).lookingAt();
                    String name = leadingName(FINGERPRINT_MARK.matcher(value).replaceAll(""));
                    if (!blank && name != null) {
                        signed = true;
                        footLine = l;
                    }
                    if (!blank && FINGERPRINT.matcher(value).find()) {
                        fingerprint = true;
                        footLine = footLine == null ? l : footLine;
                    }
                } else if (FINGERPRINT.matcher(c).find() && !BLANK.matcher(c).find() && c.length() <= 20
                        && !c.contains("拒绝") && !c.contains("拒签")) {
                    fingerprint = true;
                }
            }
            b.pages.add(new TranscriptPage(docId, p + 1, signed, fingerprint, declaredNo,
                    declaredTotal, footLine != null ? loc(path, footLine)
                    : Locator.of(path, p + 1, null, ""), scannedPages.contains(p + 1)));
            if (declaredTotal != null) {
                b.declaredPageTotal = declaredTotal;
            }
        }
    }

    private static String leadingName(String value) {
        Matcher m = LEADING_NAME.matcher(value);
        if (!m.find()) {
            return null;
        }
        String n = m.group(1).replaceAll("(签名|签字|捺指印|指印|年|月|日)+$", "");
        return n.length() >= 2 && !NOT_NAMES.contains(n) ? n : null;
    }

    /** Officers from a field value: names separated by 、 , spaces; "(辅警)" marks an auxiliary. */
    static List<Officer> officers(String value, boolean signatureField) {
        List<Officer> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        String v = value.replaceAll("_+", " ").replaceAll("\\((签名|签字)\\)", " ");
        for (String part : OFFICER_SEPARATORS.split(v)) {
            List<String> tokens = new ArrayList<>(List.of(WHITESPACE.split(part.strip())));
            if (tokens.size() > 1 && tokens.stream().anyMatch(t -> LONE_HAN.matcher(bareName(t)).matches())) {
                // OCR put a space inside a name ("张 建国"): the pieces make one short name, or nobody can tell
                // where one name ends ("张 建国 李明"), and then no officer is read at all.
                String joined = bareName(String.join("", tokens));
                if (joined.length() > 3 || !NAME.matcher(joined).matches()) {
                    return new ArrayList<>();
                }
                tokens = List.of(String.join("", tokens));
            }
            for (String token : tokens) {
                boolean aux = token.contains("辅警");
                String t = bareName(token);
                if (NAME.matcher(t).matches() && !NOT_NAMES.contains(t)) {
                    out.add(new Officer(t, signatureField, aux, null));
                } else if (aux && !out.isEmpty() && t.isEmpty()) {
                    Officer prev = out.remove(out.size() - 1);
                    out.add(new Officer(prev.name(), prev.signed(), true, prev.gender()));
                }
            }
        }
        return out;
    }

    private static final Pattern OFFICER_SEPARATORS = Pattern.compile("[、,，;；]+|和|及");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LONE_HAN = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern POLICE_NUMBER = Pattern.compile("\\([^)]*(\\d|警号|编号)[^)]*\\)?");
    private static final Pattern OFFICER_NOTES = Pattern.compile("\\(?辅警\\)?|\\(?民警\\)?|\\(|\\)");

    /** A name token without its notes: a police number in brackets ("（警号：012345）"), 辅警/民警, brackets. */
    private static String bareName(String token) {
        return OFFICER_NOTES.matcher(POLICE_NUMBER.matcher(token).replaceAll("")).replaceAll("").strip();
    }

    private static String firstName(String value) {
        if (value == null) {
            return null;
        }
        String v = cleanValue(value);
        for (String token : v.split("[、,，;；\\s(（]+")) {
            String t = token.strip();
            if (NAME.matcher(t).matches() && !NOT_NAMES.contains(t)) {
                return t;
            }
            Matcher m = NAME_WITH_ROLE.matcher(t);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Only blanks, rules and punctuation, or an explicit 无: nothing is written in the field. */
    private static final Pattern NOTHING_WRITTEN = Pattern.compile("[_＿—\\-\\s.·。,，、:：()（）/]*|无");

    /** Something is written in a field (perhaps illegibly): not blank, not a placeholder. */
    static boolean written(String value) {
        String v = value == null ? "" : value.strip();
        return !v.isEmpty() && !NOTHING_WRITTEN.matcher(v).matches();
    }

    private static String cleanValue(String v) {
        return v == null ? null : v.replaceAll("_+", " ").strip();
    }

    private static String roleIn(String text) {
        if (text == null) {
            return null;
        }
        for (String r : List.of("犯罪嫌疑人", "违法嫌疑人", "被害人", "被侵害人", "证人")) {
            if (text.contains(r)) {
                return r;
            }
        }
        return null;
    }

    private static PersonRole roleOf(String text) {
        String r = roleIn(text);
        if (r == null) {
            return null;
        }
        for (PersonRole p : PersonRole.values()) {
            if (p.label().equals(r)) {
                return p;
            }
        }
        return null;
    }

    private static Person matchPerson(List<Person> persons, String name, IdNumber id) {
        if (id != null) {
            for (Person p : persons) {
                if (p.idNumber() != null && p.idNumber().normalized().equals(id.normalized())) {
                    return p;
                }
            }
        }
        if (name != null) {
            List<Person> byName = persons.stream().filter(p -> name.equals(p.name())).toList();
            if (byName.size() == 1) {
                return byName.get(0);
            }
        }
        return null;
    }

    private static TranscriptKind kindOf(DocumentType type, String subjectLabel, PersonRole role, String title) {
        if (type == DocumentType.INTERROGATION_RECORD) {
            return TranscriptKind.INTERROGATION;
        }
        if (type == DocumentType.INQUIRY_RECORD) {
            return TranscriptKind.INQUIRY;
        }
        if (role == PersonRole.CRIMINAL_SUSPECT) {
            return TranscriptKind.INTERROGATION;
        }
        if (role != null) {
            return TranscriptKind.INQUIRY;
        }
        if (subjectLabel != null && subjectLabel.replaceAll("\\s", "").startsWith("被讯问人")) {
            return TranscriptKind.INTERROGATION;
        }
        if (subjectLabel != null && subjectLabel.replaceAll("\\s", "").startsWith("被询问人")) {
            return TranscriptKind.INQUIRY;
        }
        return null;
    }

    private static CaseCategory procedureOf(TranscriptKind kind, PersonRole role, String officerText, String title,
                                            CaseCategory caseCategory) {
        if (role == PersonRole.CRIMINAL_SUSPECT || role == PersonRole.VICTIM) {
            return CaseCategory.CRIMINAL;
        }
        if (role == PersonRole.ADMIN_SUSPECT || role == PersonRole.INJURED_PARTY) {
            return CaseCategory.ADMINISTRATIVE;
        }
        boolean criminal = officerText.contains("刑事诉讼法") || officerText.contains("犯罪嫌疑人诉讼权利义务告知书");
        // The right to 陈述和申辩 is notified in administrative questioning only (行规 78).
        boolean admin = officerText.contains("治安管理处罚法") || officerText.contains("行政案件权利义务告知书")
                || officerText.contains("办理行政案件程序规定") || officerText.contains("陈述和申辩")
                || officerText.contains("申辩的权利");
        if (criminal && !admin) {
            return CaseCategory.CRIMINAL;
        }
        if (admin && !criminal) {
            return CaseCategory.ADMINISTRATIVE;
        }
        if (caseCategory != null) {
            return caseCategory;
        }
        return kind == TranscriptKind.INTERROGATION ? CaseCategory.CRIMINAL : null;
    }

    private static boolean family(RightsElement e, CaseCategory procedure, PersonRole role) {
        char f = e.name().charAt(0);
        if (procedure == CaseCategory.ADMINISTRATIVE) {
            return f == 'A';
        }
        if (procedure == CaseCategory.CRIMINAL) {
            if (role != null && role.isVictimOrWitness()) {
                return f == 'V';
            }
            return f == 'C' || (role == null && f == 'V');
        }
        return true;
    }

    private static TextLine firstMatching(List<TextLine> lines, String regex) {
        Pattern p = Pattern.compile(regex);
        for (TextLine l : lines) {
            if (p.matcher(l.compact()).find()) {
                return l;
            }
        }
        return null;
    }
}
