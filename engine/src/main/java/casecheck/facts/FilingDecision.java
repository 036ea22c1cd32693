package casecheck.facts;

import java.time.LocalDateTime;

/**
 * 立案决定书 ({@code filed} true) or 不予立案通知书 ({@code filed} false) with its decision time and, for a
 * notice of non-filing, the time it was served on the complainant (null when not recorded).
 */
public record FilingDecision(String caseId, String docId, boolean filed, LocalDateTime decisionTime,
                             LocalDateTime servedTime, Locator locator) {
}
