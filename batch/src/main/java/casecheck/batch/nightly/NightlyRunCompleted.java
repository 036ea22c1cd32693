package casecheck.batch.nightly;

import java.time.LocalDate;

/**
 * Published (synchronously, in the nightly command's context) after the nightly job of {@code businessDate}
 * COMPLETED — also when a relaunch finds the date already completed ({@code rerun} true), so that a report
 * lost to a crash after the job is produced then. Listeners (the morning report) read the findings through
 * {@link casecheck.batch.store.FindingsStore} and {@link casecheck.batch.store.RunStore}; a listener that
 * throws makes the command exit non-zero but never changes the stored findings.
 */
public record NightlyRunCompleted(LocalDate businessDate, boolean rerun) {
}
