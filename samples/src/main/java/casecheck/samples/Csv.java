package casecheck.samples;

import java.util.stream.Collectors;

import casecheck.facts.OutcomeReason;

/** CSV cells of the truth files and of 人员.csv. */
final class Csv {

    private Csv() {
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static String documentRow(String caseId, Doc doc) {
        OutcomeReason reason = doc.expect.reason;
        String pages = reason == OutcomeReason.ENCRYPTED_DOCUMENT ? "" : String.valueOf(doc.pages.size());
        TranscriptFacts t = doc.expect.transcript;
        String[] cells = {
            caseId, doc.path, doc.type.name(), reason.outcome().name(), reason.name(), pages,
            t == null ? "" : t.kind().name(),
            t == null ? "" : t.procedure().name(),
            t == null || t.session() == null ? "" : t.session().toString(),
            t == null ? "" : Fmt.csv(t.start()),
            t == null ? "" : Fmt.csv(t.end()),
            t == null ? "" : t.locationKind().name(),
            t == null ? "" : String.valueOf(t.interviewerCount()),
            t == null ? "" : t.subjectName(),
            t == null ? "" : t.unsignedPages().stream().map(String::valueOf).collect(Collectors.joining(";")),
        };
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "" : ",").append(quote(cells[i]));
        }
        return sb.toString();
    }
}
