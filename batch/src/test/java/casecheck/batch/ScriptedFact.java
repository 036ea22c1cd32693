package casecheck.batch;

import java.time.LocalDate;

/**
 * A fact of the scripted test engine: "rule {@code ruleId} fires at this place" (or, with a {@code deadline},
 * fires once the as-of date is after it, like a deadline rule).
 */
public record ScriptedFact(String caseId, String document, String ruleId, String severity, Integer page,
                           String excerpt, LocalDate deadline) {
}
