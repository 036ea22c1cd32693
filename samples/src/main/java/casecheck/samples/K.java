package casecheck.samples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import casecheck.facts.CaseCategory;
import casecheck.facts.DocumentType;
import casecheck.facts.LocationKind;
import casecheck.facts.TranscriptKind;
import casecheck.samples.World.AlertRow;
import casecheck.samples.World.CaseRow;
import casecheck.samples.World.Dossier;
import casecheck.samples.World.Finding;
import casecheck.samples.World.MeasureRow;
import casecheck.samples.World.Officer;
import casecheck.samples.World.PersonRow;

/** One case being planned: its rows, its dossier, its officers and the findings it should produce. */
final class K {

    final World w;
    final Org org;
    final Rnd r;
    final Org.Station st;
    final CaseRow c = new CaseRow();
    final Dossier d;
    final List<Officer> police = new ArrayList<>();
    /** Folder prefix of documents inside the dossier ("" or "笔录/" …). */
    String folder = "";
    private int docNo;
    private final int seqBase;

    /** Case number in this world: makes alert and document numbers unique at any scale. */
    final int n;

    K(World w, Org org, Org.Station st, String caseId, boolean zipped, int n) {
        this.w = w;
        this.org = org;
        this.r = w.rnd();
        this.st = st;
        this.n = n;
        this.seqBase = n * 20;
        c.id = caseId;
        c.unit = st.code();
        d = new Dossier(caseId, zipped);
        for (int i = 0; i < 4; i++) {
            police.add(new Officer(w.name(r.chance(0.75)), st.code(), st.fullName(), false));
        }
        c.lead = police.get(0).name();
        c.assist = police.get(1).name();
        w.cases.add(c);
        w.dossiers.add(d);
    }

    /** Days between the requested business date and 2026-11-22, the date the scenarios are written for. */
    private static long shift;

    static void shiftDays(LocalDate businessDate) {
        shift = java.time.temporal.ChronoUnit.DAYS.between(SampleGenerator.DEFAULT_DATE, businessDate);
    }

    static long shift() {
        return shift;
    }

    /** A time of the scenario calendar (2026), moved by the business-date shift. */
    static LocalDateTime t(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).plusDays(shift);
    }

    int seq() {
        return seqBase + (++docNo);
    }

    Officer aux() {
        return new Officer(w.name(r.chance(0.5)), st.code(), st.fullName(), true);
    }

    PersonRow person(String role, LocalDate birth, boolean male, String special) {
        return person(role, birth, male, special, true);
    }

    PersonRow person(String role, LocalDate birth, boolean male, String special, boolean validId) {
        PersonRow p = new PersonRow();
        p.caseId = c.id;
        p.id = w.nextPersonId();
        p.name = w.name(male);
        p.gender = male ? "男" : "女";
        p.birth = birth;
        p.role = role;
        p.special = special;
        String region = st.region();
        p.idNumber = w.idNumber(region, birth, male, validId);
        String road = r.pick("湖滨路", "新华街", "翠屏路", "矿区大道", "白石巷", "青龙街", "南溪路", "城关大道");
        p.address = World.CITY + st.district() + road + r.between(1, 200) + "号" + r.between(1, 12) + "栋"
                + r.between(1, 6) + "0" + r.between(1, 4) + "室";
        p.household = r.chance(0.7) ? p.address : World.CITY + st.district() + r.pick("白石村", "青龙村", "溪口村") + r.between(1, 80) + "号";
        p.phone = "1" + r.pick("39", "58", "86", "37") + "0000" + String.format("%04d", r.between(0, 9999));
        p.employer = r.pick("无业", "青禾市宏达物流有限公司", "个体经营", "青禾市第二建筑公司", "务农", "青禾市顺风快递网点");
        p.education = r.pick("初中", "高中", "大专", "小学", "中专");
        w.persons.add(p);
        return p;
    }

    static LocalDate born(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** Moves the case's alert to a new receive time (after a scenario changed the report time). */
    void retimeAlert(LocalDateTime received) {
        for (int i = 0; i < w.alerts.size(); i++) {
            World.AlertRow a = w.alerts.get(i);
            if (a.id().equals(c.alertId)) {
                w.alerts.set(i, new World.AlertRow(a.id(), received, a.content(), a.category(), a.nature(), a.unit(),
                        a.officer(), received.plusMinutes(15), a.disposition(), a.feedback(), a.caseId()));
            }
        }
    }

    void alert(LocalDateTime received, String content, String category, String nature, String disposition,
               String feedback) {
        String id = "J" + st.code().substring(0, 6) + received.toLocalDate().toString().replace("-", "")
                + String.format("%06d", n);
        c.alertId = id;
        w.alerts.add(new AlertRow(id, received, content, category, nature, st.code(), police.get(0).name(),
                received.plusMinutes(r.between(8, 25)), disposition, feedback, c.id));
    }

    void measure(PersonRow p, String type, LocalDateTime start, LocalDateTime end, LocalDateTime custody,
                 LocalDateTime family) {
        w.measures.add(new MeasureRow(c.id, p.id, type, start, end, custody, custody == null ? "" : org.jail.name(),
                family));
    }

    Doc.Format format() {
        int x = r.between(0, 19);
        if (x < 10) {
            return Doc.Format.DOCX;
        }
        if (x < 15) {
            return Doc.Format.PDF;
        }
        if (x < 17) {
            return Doc.Format.TXT_UTF8;
        }
        if (x < 19) {
            return Doc.Format.TXT_GBK;
        }
        return Doc.Format.TXT_UTF8_BOM;
    }

    String path(String name, Doc.Format f) {
        return folder + name + f.extension;
    }

    Doc add(Doc doc) {
        for (Doc other : d.docs) {
            if (other.path.equals(doc.path)) {
                throw new IllegalStateException("duplicate document " + doc.path + " in " + c.id);
            }
        }
        d.docs.add(doc);
        return doc;
    }

    /** A lawful transcript in this case, styled at random; tweak its toggles, then {@link #add(Tx, String, Doc.Format)}. */
    Tx tx(TranscriptKind kind, PersonRow subject, LocalDateTime start, int minutes, String location,
          LocationKind kindOfPlace, Officer... interviewers) {
        CaseCategory proc = "刑事".equals(c.category) ? CaseCategory.CRIMINAL : CaseCategory.ADMINISTRATIVE;
        Tx tx = new Tx(kind, proc, subject, c.cause, st.fullName());
        tx.start = start;
        tx.end = start.plusMinutes(minutes);
        tx.location = location;
        tx.locationKind = kindOfPlace;
        tx.interviewers = new ArrayList<>(List.of(interviewers.length == 0
                ? new Officer[] {police.get(0), police.get(1)} : interviewers));
        tx.recorder = r.chance(0.5) ? tx.interviewers.get(tx.interviewers.size() - 1) : police.get(2);
        tx.dateStyle = r.pick(Fmt.DateStyle.CN, Fmt.DateStyle.CN, Fmt.DateStyle.ISO, Fmt.DateStyle.SLASH,
                Fmt.DateStyle.CN_NUMERALS, Fmt.DateStyle.FULL_WIDTH);
        tx.markerStyle = r.between(0, 19);
        tx.labelStyle = r.between(0, 19);
        tx.headerTable = r.chance(0.3);
        tx.halfWidth = r.chance(0.15);
        tx.combined = r.chance(0.25);
        tx.bodyTurns = r.between(4, 9);
        return tx;
    }

    Doc add(Tx tx, String name, Doc.Format f) {
        String unique = name;
        for (int n = 2; taken(path(unique, f)); n++) {
            unique = name + "（" + n + "）";
        }
        return add(tx.build(path(unique, f), f, r));
    }

    private boolean taken(String path) {
        return d.docs.stream().anyMatch(x -> x.path.equals(path));
    }

    /** Transcript file names vary: the name is only a hint (export-format.md). */
    String txName(Tx tx) {
        String verb = tx.kind == TranscriptKind.INTERROGATION ? "讯问笔录" : "询问笔录";
        return switch (r.between(0, 4)) {
            case 0 -> verb + "-" + tx.subject.name + "-第" + tx.session + "次";
            case 1 -> String.format("%02d_", d.docs.size() + 1) + verb + "（" + tx.subject.name + "）";
            case 2 -> (tx.kind == TranscriptKind.INTERROGATION ? "xunwen_" : "xunwen2_") + (d.docs.size() + 1);
            case 3 -> tx.subject.name + verb;
            default -> "笔录" + (d.docs.size() + 1);
        };
    }

    Doc addTx(Tx tx) {
        return add(tx, txName(tx), format());
    }

    Doc addTx(Tx tx, Doc.Format f) {
        return add(tx, txName(tx), f);
    }

    String room(boolean interrogation) {
        var v = r.chance(0.5) ? org.centre : org.subCentreOf(st);
        List<String> rooms = v.rooms().stream().filter(x -> x.contains(interrogation ? "讯问" : "询问")).toList();
        return v.name() + r.pick(rooms);
    }

    String jailRoom() {
        return org.jail.name() + r.pick(org.jail.rooms());
    }

    void finding(String rule, Doc doc, Integer page) {
        w.findings.add(new Finding(c.id, doc.path, page == null ? "" : page.toString(), rule));
    }

    /** The page a finding about a transcript's last page points at. */
    static int lastPage(Doc doc) {
        return doc.pages.size();
    }

    // --- companion documents

    Doc registration(PersonRow reporter, String summary) {
        Doc.Format f = format();
        return add(Forms.registration(path(r.pick("受案登记表", "01受案登记表", "登记表"), f), f, c, st.fullName(), reporter,
                summary, r.chance(0.2), r.pick(Fmt.DateStyle.CN, Fmt.DateStyle.ISO, Fmt.DateStyle.SLASH), seq()));
    }

    Doc receipt(PersonRow reporter, int mode) {
        Doc.Format f = format();
        return add(Forms.receipt(path(r.pick("受案回执", "02受案回执", "回执"), f), f, c, st.fullName(), reporter, mode, seq()));
    }

    Doc filing(PersonRow suspect) {
        Doc.Format f = format();
        return add(Forms.filingDecision(path(r.pick("立案决定书", "03立案决定书"), f), f, c, suspect, seq()));
    }

    Doc suspectNotice(PersonRow p, LocalDateTime when, boolean signed) {
        Doc.Format f = format();
        return add(Forms.suspectNotice(path("犯罪嫌疑人诉讼权利义务告知书-" + p.name, f), f, p, when, signed));
    }

    Doc witnessNotice(PersonRow p, LocalDateTime when, boolean victim) {
        Doc.Format f = format();
        return add(Forms.witnessNotice(path((victim ? "被害人" : "证人") + "权利义务告知书-" + p.name, f), f, p, when, victim));
    }

    Doc adminNotice(PersonRow p, LocalDateTime when) {
        Doc.Format f = format();
        return add(Forms.adminNotice(path("行政案件权利义务告知书-" + p.name, f), f, p, when));
    }

    Doc summons(PersonRow p, String place, LocalDateTime arrive, LocalDateTime leave) {
        Doc.Format f = format();
        return add(Forms.summons(path("传唤证-" + p.name, f), f, c, p, place, arrive, leave, "刑事".equals(c.category), seq()));
    }

    void detention(PersonRow p, LocalDateTime detained, LocalDateTime custody, LocalDateTime familyNotified) {
        Doc.Format f = format();
        add(Forms.detentionWarrant(path("拘留证-" + p.name, f), f, c, p, detained, custody, seq()));
        Doc.Format g = format();
        add(Forms.detentionNotice(path("拘留通知书-" + p.name, g), g, c, p, w.name(!p.male()) + "（" + p.name + "家属）",
                detained, familyNotified, seq()));
        measure(p, "刑事拘留", detained, null, custody, familyNotified);
    }

    Doc other(int kind, PersonRow p, LocalDateTime when) {
        Doc.Format f = format();
        String[] names = {"现场检查笔录", "到案经过", "情况说明", "户籍信息"};
        return add(Forms.other(path(names[kind % 4] + (d.docs.size() + 1), f), f, kind, c, p,
                police.get(0).name() + "、" + police.get(1).name(), when));
    }
}
