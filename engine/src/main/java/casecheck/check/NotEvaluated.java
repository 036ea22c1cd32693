package casecheck.check;

/** A rule that could not be evaluated, for one case or for the whole run (caseId null), and what it lacked. */
public record NotEvaluated(String ruleId, String caseId, String lackOf) {
}
