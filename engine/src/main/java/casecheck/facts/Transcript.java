package casecheck.facts;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 讯问笔录 / 询问笔录 as typed facts (legal-rules §c). Values that could not be read are null (objects) or empty
 * (collections); {@code timeUnreadable} is set when a time line exists but could not be parsed, so TX-07 can say
 * "needs review" instead of guessing. {@code illegible} names the header fields (interviewers, recorder, subject)
 * that are filled in with something no name could be read from, e.g. handwriting in an OCR text layer: such a
 * field is not missing, it is for a person to read. Every part keeps its {@link Locator}.
 */
public record Transcript(String caseId, String docId, String path, TranscriptKind kind, CaseCategory procedure,
                         boolean combinedForm, Integer sessionNo, Boolean first, LocalDateTime start,
                         LocalDateTime end, boolean timeUnreadable, Location location, List<Officer> interviewers,
                         Officer recorder, Participant interpreter, Participant guardian, Boolean femaleStaffPresent,
                         Subject subject, Arrival arrival, Set<RightsElement> rights, Confirmation confirmation,
                         List<TranscriptPage> pages, Integer declaredPageTotal, boolean refusalNote,
                         Set<Particular> particulars, List<QaTurn> turns, Map<TranscriptField, Locator> locators,
                         Set<TranscriptField> illegible) {

    public Transcript {
        interviewers = interviewers == null ? List.of() : List.copyOf(interviewers);
        rights = rights == null || rights.isEmpty() ? Set.of() : Set.copyOf(rights);
        pages = pages == null ? List.of() : List.copyOf(pages);
        particulars = particulars == null || particulars.isEmpty() ? Set.of() : Set.copyOf(particulars);
        turns = turns == null ? List.of() : List.copyOf(turns);
        locators = locators == null ? Map.of() : Map.copyOf(locators);
        illegible = illegible == null || illegible.isEmpty() ? Set.of() : Set.copyOf(illegible);
        location = location == null ? Location.unknown(null) : location;
        arrival = arrival == null ? Arrival.unknown() : arrival;
        confirmation = confirmation == null ? Confirmation.ABSENT : confirmation;
    }

    /** The locator of a part, or the document itself when that part was not found. */
    public Locator locator(TranscriptField field) {
        Locator l = locators.get(field);
        return l != null ? l : Locator.ofDocument(path);
    }

    public boolean hasRight(RightsElement e) { return rights.contains(e); }

    /** Police officers among the interviewers and the recorder (辅警 excluded), for PE-01. */
    public int policeOfficerCount() {
        int n = (int) interviewers.stream().filter(o -> !o.auxiliary()).count();
        if (recorder != null && !recorder.auxiliary() && recorder.name() != null
                && interviewers.stream().noneMatch(o -> recorder.name().equals(o.name()))) {
            n++;
        }
        return n;
    }

    public Duration duration() { return start == null || end == null ? null : Duration.between(start, end); }

    public boolean isCriminalInterrogation() {
        return kind == TranscriptKind.INTERROGATION && procedure == CaseCategory.CRIMINAL;
    }

    public static Builder builder(String caseId, String docId, String path) { return new Builder(caseId, docId, path); }

    /** Mutable builder used by the parser; the record itself is immutable. */
    public static final class Builder {
        private final String caseId;
        private final String docId;
        private final String path;
        public TranscriptKind kind;
        public CaseCategory procedure;
        public boolean combinedForm;
        public Integer sessionNo;
        public Boolean first;
        public LocalDateTime start;
        public LocalDateTime end;
        public boolean timeUnreadable;
        public Location location;
        public final List<Officer> interviewers = new ArrayList<>();
        public Officer recorder;
        public Participant interpreter;
        public Participant guardian;
        public Boolean femaleStaffPresent;
        public Subject subject;
        public Arrival arrival;
        public final Set<RightsElement> rights = EnumSet.noneOf(RightsElement.class);
        public Confirmation confirmation;
        public final List<TranscriptPage> pages = new ArrayList<>();
        public Integer declaredPageTotal;
        public boolean refusalNote;
        public final Set<Particular> particulars = EnumSet.noneOf(Particular.class);
        public final List<QaTurn> turns = new ArrayList<>();
        public final Map<TranscriptField, Locator> locators = new EnumMap<>(TranscriptField.class);
        public final Set<TranscriptField> illegible = EnumSet.noneOf(TranscriptField.class);

        private Builder(String caseId, String docId, String path) {
            this.caseId = caseId;
            this.docId = docId;
            this.path = path;
        }

        public Builder locate(TranscriptField field, Locator locator) {
            locators.put(field, locator);
            return this;
        }

        public Transcript build() {
            return new Transcript(caseId, docId, path, kind, procedure, combinedForm, sessionNo, first, start, end,
                    timeUnreadable, location, interviewers, recorder, interpreter, guardian, femaleStaffPresent,
                    subject, arrival, rights, confirmation, pages, declaredPageTotal, refusalNote, particulars, turns,
                    locators, illegible);
        }
    }
}
