package casecheck.batch.store;

import casecheck.check.FindingKind;
import casecheck.facts.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A finding as the store keeps it. {@code subject} is the case id, or the alert id for alert rules.
 * {@code excerpt} is stored as extracted: mask it when rendering. {@code transition} is what the run of the
 * queried date did to it (null when the query is not about one run).
 */
public record StoredFinding(String fingerprint, String subject, String ruleId, String title, String family,
                            Severity severity, FindingKind kind, String caseId, String unitCode, String officer,
                            String document, Integer page, Integer line, String excerpt, String message,
                            String legalBasis, String evidenceHash, LocalDate firstSeen, LocalDate lastSeen,
                            FindingStatus status, LocalDate rectifiedOn, String dismissedBy,
                            LocalDateTime dismissedAt, String dismissReason, Transition transition) {

    /** Days since first seen, as of {@code on} (0 on the day it was found). */
    public long ageDays(LocalDate on) { return ChronoUnit.DAYS.between(firstSeen, on); }
}
