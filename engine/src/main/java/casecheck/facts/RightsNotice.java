package casecheck.facts;

import java.time.LocalDate;
import java.util.Set;

/** A 权利义务告知书 document: which form, which statutory elements it contains, whether signed, and its date. */
public record RightsNotice(String caseId, String docId, DocumentType type, String recipientName,
                           Set<RightsElement> items, boolean signed, LocalDate date, Locator locator) {

    public RightsNotice {
        items = items == null || items.isEmpty() ? Set.of() : Set.copyOf(items);
    }
}
