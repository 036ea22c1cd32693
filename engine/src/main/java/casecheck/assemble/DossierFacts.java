package casecheck.assemble;

import casecheck.check.LawConfig;
import casecheck.export.ExportTables;
import casecheck.facts.CaseCategory;
import casecheck.facts.CaseFile;
import casecheck.facts.CaseRegistration;
import casecheck.facts.FilingDecision;
import casecheck.facts.InputTable;
import casecheck.facts.Locator;
import casecheck.facts.MediationAgreement;
import casecheck.facts.Person;
import casecheck.facts.PersonRole;
import casecheck.facts.Subject;
import casecheck.facts.Transcript;
import casecheck.text.Classifiers;
import casecheck.text.LocationResolver;
import casecheck.text.OffenceClassifier;
import casecheck.text.OtherDocuments;
import casecheck.text.TranscriptParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the typed facts of one dossier from its read documents and the export tables: transcripts, companion
 * documents, the case (from the 案件 table, or from the documents with {@code fromDocuments=true}), persons,
 * measures and the venue registry. Only documents read completely and reliably yield typed facts.
 */
final class DossierFacts {

    private final TranscriptParser transcripts;
    private final OtherDocuments others;
    private final Classifiers classifiers;

    DossierFacts(LawConfig law) {
        this.transcripts = new TranscriptParser(law);
        this.others = new OtherDocuments(law);
        this.classifiers = new Classifiers(law);
    }

    static void warmUp() {
        LocationResolver.warmUp();
    }

    /**
     * The typed facts of the dossier. A document whose text makes a parser fail is replaced in {@code docs} (which
     * must be mutable) by a PARSER_CRASH outcome.
     */
    List<Object> facts(String caseId, List<ReadDocument> docs, ExportTables tables) {
        List<Object> docFacts = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            ReadDocument d = docs.get(i);
            if (!d.parsed() || d.extraction() == null || d.type().isTranscript()) {
                continue;
            }
            try {
                docFacts.addAll(others.parse(caseId, d.document().docId(), d.path(), d.type(),
                        d.extraction().pages(), d.extraction().paged()));
            } catch (RuntimeException | StackOverflowError e) {
                docs.set(i, crashed(d, e));
            }
        }
        CaseFile table = tables.caseById(caseId).orElse(null);
        List<Person> persons = new ArrayList<>(tables.personsOf(caseId));
        CaseCategory category = table != null ? table.category() : categoryFromDocuments(docFacts);
        TranscriptParser.Context ctx = new TranscriptParser.Context(category, tables.venues(),
                tables.coverage().has(InputTable.VENUES), persons);
        List<Transcript> parsed = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            ReadDocument d = docs.get(i);
            if (d.parsed() && d.extraction() != null && d.type().isTranscript()) {
                try {
                    parsed.add(transcripts.parse(caseId, d.document().docId(), d.path(), d.type(),
                            d.extraction().pages(), d.extraction().paged(), d.extraction().scannedPages(), ctx));
                } catch (RuntimeException | StackOverflowError e) {
                    docs.set(i, crashed(d, e));
                }
            }
        }
        parsed = Transcripts.withFirstFlags(parsed);

        List<Object> out = new ArrayList<>();
        CaseFile theCase = table != null ? withDocuments(table, docFacts) : fromDocuments(caseId, docFacts, parsed);
        if (theCase != null) {
            out.add(theCase);
        }
        if (persons.isEmpty()) {
            persons.addAll(personsFromTranscripts(caseId, parsed));
        }
        out.addAll(persons);
        out.addAll(tables.measuresOf(caseId));
        out.addAll(tables.venues());
        out.addAll(parsed);
        out.addAll(docFacts);
        return out;
    }

    /**
     * A document whose text could not be turned into facts: its outcome becomes PARSER_CRASH (never a silent drop,
     * never an exception for the whole dossier).
     */
    private static ReadDocument crashed(ReadDocument d, Throwable e) {
        var doc = d.document();
        var reason = casecheck.facts.OutcomeReason.PARSER_CRASH;
        return new ReadDocument(new casecheck.facts.DossierDocument(doc.caseId(), doc.docId(), doc.path(), doc.type(),
                doc.title(), reason.outcome(), reason, "文书内容解析异常：" + e.getClass().getSimpleName(), doc.pages(),
                doc.characters(), doc.sha256()), null, d.recognised());
    }

    private static CaseCategory categoryFromDocuments(List<Object> docFacts) {
        for (Object o : docFacts) {
            if (o instanceof CaseRegistration r && r.category() != null) {
                return r.category();
            }
            if (o instanceof FilingDecision) {
                return CaseCategory.CRIMINAL;
            }
        }
        return null;
    }

    /** The table's case, marked mediated when the dossier holds a 调解协议书. */
    private static CaseFile withDocuments(CaseFile c, List<Object> docFacts) {
        boolean agreement = docFacts.stream().anyMatch(o -> o instanceof MediationAgreement);
        boolean reporter = docFacts.stream().anyMatch(o -> o instanceof CaseRegistration r && r.reporter() != null);
        if ((!agreement || c.mediated()) && (!reporter || c.hasComplainant())) {
            return c;
        }
        return new CaseFile(c.caseId(), c.category(), c.cause(), c.unitCode(), c.leadOfficer(), c.assistOfficers(),
                c.reportTime(), c.acceptTime(), c.reviewType(), c.extensionApproved(), c.filingTime(),
                c.noFilingTime(), c.status(), c.closeTime(), c.linkedAlertId(), c.amount(), c.offenceGroups(),
                c.mediability(), c.mediated() || agreement, c.hasComplainant() || reporter, false, c.locator());
    }

    private CaseFile fromDocuments(String caseId, List<Object> docFacts, List<Transcript> parsed) {
        CaseRegistration reg = null;
        FilingDecision filed = null;
        FilingDecision notFiled = null;
        boolean agreement = false;
        for (Object o : docFacts) {
            if (o instanceof CaseRegistration r && reg == null) {
                reg = r;
            } else if (o instanceof FilingDecision f) {
                if (f.filed() && filed == null) {
                    filed = f;
                } else if (!f.filed() && notFiled == null) {
                    notFiled = f;
                }
            } else if (o instanceof MediationAgreement) {
                agreement = true;
            }
        }
        if (reg == null && filed == null && notFiled == null && parsed.isEmpty()) {
            return null;
        }
        CaseCategory cat = reg != null && reg.category() != null ? reg.category()
                : filed != null || notFiled != null ? CaseCategory.CRIMINAL
                : parsed.stream().map(Transcript::procedure).filter(p -> p != null).findFirst().orElse(null);
        String cause = reg == null ? null : reg.cause();
        OffenceClassifier c = classifiers.on(reg != null && reg.acceptTime() != null ? reg.acceptTime().toLocalDate()
                : null);
        Locator loc = reg != null ? reg.locator() : filed != null ? filed.locator()
                : notFiled != null ? notFiled.locator() : Locator.ofDocument(parsed.get(0).path());
        boolean victim = parsed.stream().anyMatch(t -> t.subject() != null && t.subject().role() != null
                && (t.subject().role() == PersonRole.VICTIM || t.subject().role() == PersonRole.INJURED_PARTY));
        return new CaseFile(caseId, cat, cause, null, null, List.of(), reg == null ? null : reg.reportTime(),
                reg == null ? null : reg.acceptTime(), null, null, filed == null ? null : filed.decisionTime(),
                notFiled == null ? null : notFiled.decisionTime(), null, null,
                reg == null ? null : reg.linkedAlertId(), null, c.groups(cause), c.mediability(cause), agreement,
                victim || (reg != null && reg.reporter() != null), true, loc);
    }

    private static List<Person> personsFromTranscripts(String caseId, List<Transcript> parsed) {
        Map<String, Person> byKey = new LinkedHashMap<>();
        List<Transcript> sorted = new ArrayList<>(parsed);
        sorted.sort(Comparator.comparing(Transcript::path));
        for (Transcript t : sorted) {
            Subject s = t.subject();
            if (s == null || s.name() == null) {
                continue;
            }
            String key = s.idNumber() != null && s.idNumber().valid() ? s.idNumber().normalized() : s.name();
            byKey.putIfAbsent(key, new Person(caseId, null, s.name(), s.idNumber(), s.gender(), s.birthDate(),
                    s.role(), null, t.locator(casecheck.facts.TranscriptField.SUBJECT)));
        }
        return new ArrayList<>(byKey.values());
    }
}
