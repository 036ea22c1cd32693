package casecheck.batch.store;

import casecheck.facts.Severity;
import java.time.LocalDate;

/**
 * Counts of one run date and severity: findings open after the run (new + carried + reopened), new ones
 * (first seen or reopened), and rectified ones (closed by that run).
 */
public record DailyCount(LocalDate date, Severity severity, int open, int fresh, int rectified) {
}
