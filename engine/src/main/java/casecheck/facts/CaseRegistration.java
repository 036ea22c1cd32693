package casecheck.facts;

import java.time.LocalDateTime;

/** 受案登记表: when the matter was reported and when it was accepted. */
public record CaseRegistration(String caseId, String docId, CaseCategory category, String cause,
                               LocalDateTime reportTime, LocalDateTime acceptTime, String reporter,
                               String linkedAlertId, Locator locator) {
}
