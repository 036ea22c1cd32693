package casecheck.batch.nightly;

import casecheck.facts.DataCoverage;
import casecheck.facts.Unit;
import java.util.List;

/** The tables of one export as the nightly job sees them. Immutable and thread-safe. */
public interface LoadedExport {

    List<Unit> units();

    DataCoverage coverage();

    /** Problems found while reading the tables (Chinese, masked). */
    List<String> warnings();

    /** The unit handling {@code caseId} per the 案件 table, or null when unknown. */
    String unitOf(String caseId);

    /**
     * A hash of everything in the tables that the assembler may read for {@code caseId} (its case row, people,
     * measures, venues, units, linked alerts): cached facts of an unchanged dossier are reused only while this
     * key is unchanged too.
     */
    String tableSliceKey(String caseId);
}
