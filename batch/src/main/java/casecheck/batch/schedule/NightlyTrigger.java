package casecheck.batch.schedule;

import java.time.LocalDate;

/**
 * Starts the nightly check of a business date (in production: the nightly job through its launcher, under the
 * data directory's run lock). The scheduler only triggers: exclusivity and restart are the job's business.
 */
@FunctionalInterface
public interface NightlyTrigger {

    /** Runs (or resumes) the nightly check of {@code businessDate}; returns when it has finished or failed. */
    void launch(LocalDate businessDate) throws Exception;
}
