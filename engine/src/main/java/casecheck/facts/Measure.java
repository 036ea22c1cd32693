package casecheck.facts;

import java.time.LocalDateTime;

/** 强制措施: a coercive measure on a person. {@code custodyTime} is 送押时间 (arrival at the 看守所). */
public record Measure(String caseId, String personId, MeasureType type, LocalDateTime start, LocalDateTime end,
                      LocalDateTime custodyTime, String custodyPlace, LocalDateTime familyNotifiedTime,
                      Locator locator) {
}
