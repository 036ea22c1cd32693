package casecheck.check;

import casecheck.facts.CaseCategory;
import casecheck.facts.DetentionWarrant;
import casecheck.facts.Measure;
import casecheck.facts.MeasureType;
import casecheck.facts.Officer;
import casecheck.facts.SpecialCondition;
import casecheck.facts.Particular;
import casecheck.facts.PersonRole;
import casecheck.facts.TranscriptField;
import casecheck.facts.TranscriptKind;
import casecheck.facts.Person;
import casecheck.facts.RightsElement;
import casecheck.facts.RightsNotice;
import casecheck.facts.Subject;
import casecheck.facts.Transcript;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What the rules need to know about questioning sessions in relation to each other and to the people of a case:
 * whether two sessions overlap in time, who the subject is, how old they were, whether a notice covers a session.
 * Pure functions of the facts; unknown values give "no" (a rule then stays silent).
 */
public final class Questioning {

    private Questioning() {
    }

    /** The date the session began (the date whose law applies), or null when not known. */
    public static LocalDate day(Transcript t) { return t.start() == null ? null : t.start().toLocalDate(); }

    /** The first questioning of this subject: flagged first by the assembler, else session number 1. */
    public static boolean isFirst(Transcript t) {
        return Boolean.TRUE.equals(t.first()) || t.first() == null && t.sessionNo() != null && t.sessionNo() == 1;
    }

    /** Both sessions have a sane time range and the ranges overlap (touching ends do not count). */
    public static boolean overlap(Transcript a, Transcript b) {
        if (!saneRange(a) || !saneRange(b)) {
            return false;
        }
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }

    /** Start and end known and the end not before the start. */
    public static boolean saneRange(Transcript t) {
        return t.start() != null && t.end() != null && !t.end().isBefore(t.start());
    }

    /** {@code later} starts after {@code earlier} (ties broken by path, so exactly one of a pair is "later"). */
    public static boolean startsAfter(Transcript later, Transcript earlier) {
        int c = later.start().compareTo(earlier.start());
        return c > 0 || c == 0 && later.path().compareTo(earlier.path()) > 0;
    }

    /** An interviewer (by name) of {@code a} also questions or records in {@code b}. */
    public static boolean shareOfficer(Transcript a, Transcript b) {
        for (Officer o : a.interviewers()) {
            if (o.name() != null && !o.name().isBlank() && staffs(b, o.name())) {
                return true;
            }
        }
        return a.recorder() != null && a.recorder().name() != null && staffs(b, a.recorder().name())
                && b.interviewers().stream().anyMatch(o -> a.recorder().name().equals(o.name()));
    }

    private static boolean staffs(Transcript t, String name) {
        return t.interviewers().stream().anyMatch(o -> name.equals(o.name()));
    }

    /** {@code other} overlaps {@code t}, shares an interviewer with it, and {@code t} is the later one (TX-08). */
    public static boolean sameOfficerEarlierOverlap(Transcript other, Transcript t) {
        return other != t && overlap(other, t) && shareOfficer(other, t) && startsAfter(t, other);
    }

    /**
     * {@code other} is a different person of the same case questioned at the same place during an overlapping time, and {@code t}
     * is the later session (PE-03). Both places must be known.
     */
    public static boolean togetherEarlier(Transcript other, Transcript t) {
        if (other == t || !Objects.equals(other.caseId(), t.caseId()) || !overlap(other, t)
                || other.location().isMissing() || t.location().isMissing()) {
            return false;
        }
        String pa = other.location().normalized();
        String pb = t.location().normalized();
        if (pa == null || !pa.equals(pb)) {
            return false;
        }
        return differentPeople(other.subject(), t.subject()) && startsAfter(t, other);
    }

    private static boolean differentPeople(Subject a, Subject b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.personId() != null && b.personId() != null) {
            return !a.personId().equals(b.personId());
        }
        return a.name() != null && b.name() != null && !a.name().equals(b.name());
    }

    /** The person of the case the transcript's subject is: by person id, else valid ID number, else exact name. */
    public static boolean isSubject(Transcript t, Person p) {
        Subject s = t.subject();
        if (s == null || p == null || !Objects.equals(t.caseId(), p.caseId())) {
            return false;
        }
        if (s.personId() != null && p.personId() != null) {
            return s.personId().equals(p.personId());
        }
        if (s.idNumber() != null && s.idNumber().valid() && p.idNumber() != null && p.idNumber().valid()) {
            return s.idNumber().normalized().equals(p.idNumber().normalized());
        }
        return s.name() != null && s.name().equals(p.name());
    }

    /** The subject was under 18 when questioning began: the transcript's own age, else a matching person's birth date. */
    public static boolean minorAtStart(Transcript t, Collection<?> persons) {
        Integer age = ageAtStart(t, persons);
        return age != null && age < 18;
    }

    /** Age in whole years at the start of questioning, or null when not known. */
    public static Integer ageAtStart(Transcript t, Collection<?> persons) {
        Subject s = t.subject();
        if (s == null) {
            return null;
        }
        if (s.ageAtStart() != null) {
            return s.ageAtStart();
        }
        if (t.start() == null) {
            return null;
        }
        LocalDate birth = s.birthDate();
        if (birth == null && s.idNumber() != null && s.idNumber().valid()) {
            birth = s.idNumber().birthDate();
        }
        if (birth == null) {
            for (Object o : persons) {
                if (o instanceof Person p && isSubject(t, p)) {
                    birth = p.birthDate() != null ? p.birthDate()
                            : p.idNumber() != null && p.idNumber().valid() ? p.idNumber().birthDate() : null;
                    if (birth != null) {
                        break;
                    }
                }
            }
        }
        return birth == null ? null : Period.between(birth, t.start().toLocalDate()).getYears();
    }

    /**
     * A signed notice of the given form, naming this subject (or nobody), dated on or before the session, that
     * contains {@code element} (any content when null) (legal-rules §b: a signed 告知书 given before the questioning counts as the notice).
     */
    public static boolean noticeCovers(RightsNotice n, Transcript t, RightsElement element) {
        if (!n.signed() || !Objects.equals(n.caseId(), t.caseId())
                || element != null && !n.items().contains(element)) {
            return false;
        }
        if (n.recipientName() != null && t.subject() != null && t.subject().name() != null
                && !n.recipientName().equals(t.subject().name())) {
            return false;
        }
        return n.date() == null || t.start() == null || !n.date().isAfter(t.start().toLocalDate());
    }

    /**
     * Header items that are absent (TX-07); the time only when no time line was found at all, a name field only when
     * nothing is written in it (unreadable is review, see {@link #unreadableHeader}).
     */
    public static List<TranscriptField> missingHeader(Transcript t) {
        List<TranscriptField> out = new ArrayList<>();
        if ((t.start() == null || t.end() == null) && !t.timeUnreadable()) {
            out.add(TranscriptField.TIME);
        }
        if (t.location().isMissing()) {
            out.add(TranscriptField.LOCATION);
        }
        if (t.interviewers().isEmpty() && !t.illegible().contains(TranscriptField.INTERVIEWERS)) {
            out.add(TranscriptField.INTERVIEWERS);
        }
        if (t.recorder() == null && !t.illegible().contains(TranscriptField.RECORDER)) {
            out.add(TranscriptField.RECORDER);
        }
        if ((t.subject() == null || t.subject().name() == null || t.subject().name().isBlank())
                && !t.illegible().contains(TranscriptField.SUBJECT)) {
            out.add(TranscriptField.SUBJECT);
        }
        return out;
    }

    /** Header items written but not readable (TX-07 review): a garbled time line, illegible names. */
    public static List<TranscriptField> unreadableHeader(Transcript t) {
        List<TranscriptField> out = new ArrayList<>();
        if (t.timeUnreadable()) {
            out.add(TranscriptField.TIME);
        }
        for (TranscriptField f : List.of(TranscriptField.INTERVIEWERS, TranscriptField.RECORDER,
                TranscriptField.SUBJECT)) {
            if (t.illegible().contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Configuration keys of the particulars a first questioning must record (TX-09). */
    public static final String PARTICULARS_CRIMINAL = "particulars.TX-09.criminal";
    public static final String PARTICULARS_ADMINISTRATIVE = "particulars.TX-09.administrative";

    /**
     * Particulars a first questioning of a suspect must record but does not (TX-09): the criminal list for a
     * criminal 讯问, the administrative list for the 询问 of a 违法嫌疑人. Empty when not applicable or when no
     * particulars were read at all (not known, so no finding).
     */
    public static List<Particular> missingParticulars(Transcript t, LawConfig config) {
        String key;
        if (t.kind() == TranscriptKind.INTERROGATION && t.procedure() == CaseCategory.CRIMINAL) {
            key = PARTICULARS_CRIMINAL;
        } else if (t.procedure() == CaseCategory.ADMINISTRATIVE && t.subject() != null
                && t.subject().role() == PersonRole.ADMIN_SUSPECT) {
            key = PARTICULARS_ADMINISTRATIVE;
        } else {
            return List.of();
        }
        if (t.particulars().isEmpty()) {
            return List.of();
        }
        List<Particular> out = new ArrayList<>();
        for (String name : config.list(key, t.start() == null ? null : t.start().toLocalDate())) {
            Particular p = Particular.valueOf(name);
            if (!t.particulars().contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Names of the interviewers who did not sign, joined for a message ("（姓名未识别）" for a bare mark). */
    public static String unsignedInterviewers(Transcript t) {
        List<String> names = new ArrayList<>();
        for (Officer o : t.interviewers()) {
            if (!o.signed()) {
                names.add(o.name() == null || o.name().isBlank() ? "（姓名未识别）" : o.name());
            }
        }
        return String.join("、", names);
    }

    /** Paths of the given transcripts, sorted and joined for a message. */
    public static String paths(Collection<?> transcripts) {
        return transcripts.stream().filter(Transcript.class::isInstance).map(o -> ((Transcript) o).path()).sorted()
                .reduce((a, b) -> a + "、" + b).orElse("");
    }

    /**
     * PE-03: {@code other} questions a different person of the same group (both suspects, or both victims/witnesses)
     * at the same place during an overlapping time, and {@code t} is the later session.
     */
    public static boolean questionedTogether(Transcript other, Transcript t) {
        if (other.subject() == null || t.subject() == null || other.subject().role() == null
                || t.subject().role() == null) {
            return false;
        }
        PersonRole a = other.subject().role();
        PersonRole b = t.subject().role();
        boolean sameGroup = a.isSuspect() && b.isSuspect() || a.isVictimOrWitness() && b.isVictimOrWitness();
        return sameGroup && togetherEarlier(other, t);
    }

    /** The person has a condition that allows questioning at home or in hospital (刑规 198 ¶1(二)). */
    public static boolean allowsQuestioningOutsideVenue(Person p) {
        return p.conditions().stream().anyMatch(SpecialCondition::allowsQuestioningOutsideVenue);
    }

    /**
     * When the subject of {@code t} entered the 看守所 before the session began and was still held then (LO-01): the
     * earliest 送押时间 of a criminal detention or arrest of that person (an arrest without one counts from its
     * start) whose end is after the session start, or the 看守所 arrival noted on a 拘留证; null when not known.
     */
    public static LocalDateTime custodySince(Transcript t, Collection<?> persons, Collection<?> measures,
                                             Collection<?> warrants) {
        if (t.start() == null || t.subject() == null) {
            return null;
        }
        LocalDateTime since = null;
        for (Object o : measures) {
            if (o instanceof Measure m && concerns(t, m, persons)
                    && (m.type() == MeasureType.CRIMINAL_DETENTION || m.type() == MeasureType.ARREST)) {
                LocalDateTime in = m.custodyTime() != null ? m.custodyTime()
                        : m.type() == MeasureType.ARREST ? m.start() : null;
                if (in != null && !in.isAfter(t.start()) && (m.end() == null || m.end().isAfter(t.start()))) {
                    since = since == null || in.isBefore(since) ? in : since;
                }
            }
        }
        for (Object o : warrants) {
            if (o instanceof DetentionWarrant w && w.jailArrivalTime() != null && w.personName() != null
                    && w.personName().equals(t.subject().name()) && !w.jailArrivalTime().isAfter(t.start())) {
                since = since == null || w.jailArrivalTime().isBefore(since) ? w.jailArrivalTime() : since;
            }
        }
        return since;
    }

    private static boolean concerns(Transcript t, Measure m, Collection<?> persons) {
        if (m.personId() == null || !Objects.equals(m.caseId(), t.caseId())) {
            return false;
        }
        if (t.subject().personId() != null) {
            return t.subject().personId().equals(m.personId());
        }
        for (Object o : persons) {
            if (o instanceof Person p && m.personId().equals(p.personId()) && isSubject(t, p)) {
                return true;
            }
        }
        return false;
    }
}
