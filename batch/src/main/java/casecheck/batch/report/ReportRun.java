package casecheck.batch.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import casecheck.batch.delivery.Delivery;

/**
 * What one report run produced: per unit the outbox folder, files, content hash and delivery outcome (empty when
 * SMTP is not configured).
 */
public record ReportRun(LocalDate date, RunState runState, LocalDate dataDate, List<UnitOutput> units,
                        int unassignedFindings) {

    public ReportRun {
        units = List.copyOf(units);
    }

    /** The files of one unit's report. */
    public record UnitOutput(String unitCode, Path folder, List<Path> files, String contentHash, int openFindings,
                             Optional<Delivery> delivery) {

        public UnitOutput {
            files = List.copyOf(files);
        }
    }
}
