package casecheck.batch.report;

import java.time.LocalDate;

/**
 * Where the morning report reads its data: the findings store of the nightly batch. Implementations are
 * read-only and thread-safe.
 */
public interface ReportSource {

    /**
     * The data for the report of business date {@code date}. Never null: when the night run of {@code date} has
     * not completed, {@link ReportInput#runState()} says so and the data is that of the last completed run.
     */
    ReportInput load(LocalDate date);
}
