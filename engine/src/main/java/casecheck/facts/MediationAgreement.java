package casecheck.facts;

import java.time.LocalDateTime;
import java.util.List;

/** 调解协议书: parties, whether every party signed, the content and when it was made. */
public record MediationAgreement(String caseId, String docId, List<String> parties, boolean allPartiesSigned,
                                 String content, LocalDateTime time, Locator locator) {

    public MediationAgreement {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
