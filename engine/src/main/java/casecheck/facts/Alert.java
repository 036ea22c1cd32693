package casecheck.facts;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * 警情: one 110 alert. {@code offenceGroups} and {@code mediability} are classified by the assembler from the
 * category and text with configured keyword lists, so rules never match Chinese text themselves.
 */
public record Alert(String alertId, LocalDateTime receivedTime, String content, String category,
                    AlertNature nature, String unitCode, String officer, LocalDateTime dispatchTime,
                    AlertDisposition disposition, String feedback, String linkedCaseId,
                    Set<OffenceGroup> offenceGroups, Mediability mediability, Locator locator) {

    public Alert {
        offenceGroups = offenceGroups == null ? Set.of() : Set.copyOf(offenceGroups);
        mediability = mediability == null ? Mediability.UNKNOWN : mediability;
    }

    public boolean hasLinkedCase() { return linkedCaseId != null && !linkedCaseId.isBlank(); }

    public boolean mentionsOffence() { return !offenceGroups.isEmpty(); }
}
