package casecheck.batch.report;

import java.time.LocalDate;

import casecheck.check.FindingKind;
import casecheck.facts.Severity;

/**
 * One finding with its life, as kept by the findings store. {@code firstSeen} is the business date of the run that
 * first found it; {@code closedOn} the business date of the run that rectified it or the date it was dismissed
 * (null while open). Texts are raw: the report masks them. {@code unitCode}, {@code officer}, {@code page} may be null.
 */
public record TrackedFinding(String fingerprint, String ruleId, String title, String family, Severity severity,
                             FindingKind kind, String caseId, String unitCode, String officer, String document,
                             Integer page, String excerpt, String message, String legalBasis,
                             FindingStatus status, LocalDate firstSeen, LocalDate closedOn) {

    /** Open at the end of business date {@code day}: found on or before it and not closed by then. */
    public boolean openOn(LocalDate day) {
        return !firstSeen.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }
}
