package casecheck.check;

import casecheck.facts.Severity;

/**
 * One finding, ready for a person: what is wrong ({@code message}), where (document, page, line, excerpt), how
 * serious, and which article requires it. {@code fingerprint} is stable across runs (rule + case + document +
 * locator), so later runs tell new from carried over and rectified.
 */
public record Finding(String ruleId, String title, String family, Severity severity, FindingKind kind,
                      String caseId, String unitCode, String officer, String document, Integer page, Integer line,
                      String excerpt, String message, String legalBasis, String fingerprint) {
}
