package casecheck.check;

import casecheck.facts.DataCoverage;
import casecheck.facts.DossierDocument;
import java.util.List;

/**
 * Everything the rules see for one unit of work: a dossier (its case, people, measures, transcripts, other
 * documents and the document outcomes), or a batch of alerts. Built by the assembler; the {@code AsOf} fact and
 * configuration are added by the {@link Checker}. {@code subject} is the case id (or a label for alert batches).
 */
public record FactSet(String subject, List<Object> facts, List<DossierDocument> documents, DataCoverage coverage) {

    public FactSet {
        facts = List.copyOf(facts);
        documents = List.copyOf(documents);
    }
}
