package casecheck.facts;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * 案件: the case a dossier belongs to, from the 案件 table or, without it, from the dossier's documents
 * ({@code fromDocuments} true). Unknown values are null: rules treat null as "not known", never as "absent".
 */
public record CaseFile(String caseId, CaseCategory category, String cause, String unitCode, String leadOfficer,
                       List<String> assistOfficers, LocalDateTime reportTime, LocalDateTime acceptTime,
                       ReviewType reviewType, Boolean extensionApproved, LocalDateTime filingTime,
                       LocalDateTime noFilingTime, String status, LocalDateTime closeTime, String linkedAlertId,
                       BigDecimal amount, Set<OffenceGroup> offenceGroups, Mediability mediability,
                       boolean mediated, boolean hasComplainant, boolean fromDocuments, Locator locator) {

    public CaseFile {
        assistOfficers = assistOfficers == null ? List.of() : List.copyOf(assistOfficers);
        offenceGroups = offenceGroups == null ? Set.of() : Set.copyOf(offenceGroups);
        mediability = mediability == null ? Mediability.UNKNOWN : mediability;
    }

    public boolean isClosed() { return closeTime != null; }
}
