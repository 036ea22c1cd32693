package casecheck.facts;

import java.time.LocalDateTime;

/** 传唤证: arrival and end times written by the person summoned (刑规 199) and the place. */
public record SummonsCertificate(String caseId, String docId, String personName, LocalDateTime arrivalTime,
                                 LocalDateTime endTime, String place, Locator locator) {
}
