package casecheck.batch.report;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import casecheck.batch.Console;
import casecheck.batch.nightly.NightlyRunCompleted;

/**
 * The report step of {@code casecheck nightly --report} ({@code casecheck.report.after-nightly=true}): once the
 * night run of a date completed (or was found completed), every unit's report is written to the outbox. Mailing is
 * left to the 08:00 schedule or {@code casecheck report}.
 */
@Component
@ConditionalOnProperty(name = "casecheck.report.after-nightly", havingValue = "true")
public class ReportAfterNightly {

    private final ReportService reports;
    private final Console console;

    public ReportAfterNightly(ReportService reports, Console console) {
        this.reports = reports;
        this.console = console;
    }

    @EventListener
    public void on(NightlyRunCompleted event) {
        ReportRun run = reports.run(event.businessDate(), null, false);
        ReportSummary.print(run, reports, console.out());
    }
}
