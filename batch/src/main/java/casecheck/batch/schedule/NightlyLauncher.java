package casecheck.batch.schedule;

import java.time.LocalDate;

/**
 * Starts the nightly check for a business date (implemented by the nightly job). The scheduler only launches:
 * exclusivity and restart are the job's business.
 */
@FunctionalInterface
public interface NightlyLauncher {

    /** Runs (or resumes) the nightly check of {@code businessDate}; returns when it has finished or failed. */
    void launch(LocalDate businessDate) throws Exception;
}
