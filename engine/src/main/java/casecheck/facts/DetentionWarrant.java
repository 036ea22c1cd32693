package casecheck.facts;

import java.time.LocalDateTime;

/** 拘留证: detention time and the 看守所 arrival time noted by the detention centre (刑规 153). */
public record DetentionWarrant(String caseId, String docId, String personName, LocalDateTime detentionTime,
                               LocalDateTime jailArrivalTime, String place, Locator locator) {
}
