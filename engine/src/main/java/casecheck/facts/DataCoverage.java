package casecheck.facts;

import java.util.Set;

/**
 * Which inputs this check had: the tables of the export that were present, and whether dossier documents
 * were read. A rule whose data is absent stays silent; the run summary names it (via rule metadata {@code @requires}).
 */
public record DataCoverage(Set<InputTable> tables, boolean documents) {

    public DataCoverage {
        tables = Set.copyOf(tables);
    }

    public boolean has(InputTable table) { return tables.contains(table); }
}
