package casecheck.assemble;

import casecheck.facts.Transcript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dossier-level transcript facts that need more than one document. */
final class Transcripts {

    private Transcripts() {
    }

    /**
     * Sets {@code first} where the transcript's own session number did not: the earliest-starting transcript of the
     * same subject and kind is the first; when a start time is unknown in that group, the flag stays unknown (null).
     */
    static List<Transcript> withFirstFlags(List<Transcript> in) {
        Map<String, List<Transcript>> groups = new HashMap<>();
        for (Transcript t : in) {
            if (t.first() == null && t.subject() != null) {
                groups.computeIfAbsent(key(t), k -> new ArrayList<>());
            }
        }
        for (Transcript t : in) {
            if (t.subject() != null && groups.containsKey(key(t))) {
                groups.get(key(t)).add(t);
            }
        }
        List<Transcript> out = new ArrayList<>();
        for (Transcript t : in) {
            if (t.first() != null || t.subject() == null) {
                out.add(t);
                continue;
            }
            List<Transcript> g = groups.get(key(t));
            boolean numberedFirstExists = g.stream().anyMatch(o -> Boolean.TRUE.equals(o.first()) && o != t);
            Boolean first;
            if (numberedFirstExists) {
                first = false;
            } else if (t.start() == null || g.stream().anyMatch(o -> o.start() == null && o != t)) {
                first = g.size() == 1 ? Boolean.TRUE : null;
            } else {
                first = g.stream().noneMatch(o -> o != t && o.start() != null && (o.start().isBefore(t.start())
                        || o.start().equals(t.start()) && o.path().compareTo(t.path()) < 0));
            }
            out.add(withFirst(t, first));
        }
        return out;
    }

    private static String key(Transcript t) {
        String who = t.subject().idNumber() != null && t.subject().idNumber().valid()
                ? t.subject().idNumber().normalized() : String.valueOf(t.subject().name());
        return who + "|" + t.kind();
    }

    static Transcript withFirst(Transcript t, Boolean first) {
        return new Transcript(t.caseId(), t.docId(), t.path(), t.kind(), t.procedure(), t.combinedForm(), t.sessionNo(),
                first, t.start(), t.end(), t.timeUnreadable(), t.location(), t.interviewers(), t.recorder(),
                t.interpreter(), t.guardian(), t.femaleStaffPresent(), t.subject(), t.arrival(), t.rights(),
                t.confirmation(), t.pages(), t.declaredPageTotal(), t.refusalNote(), t.particulars(), t.turns(),
                t.locators(), t.illegible());
    }
}
