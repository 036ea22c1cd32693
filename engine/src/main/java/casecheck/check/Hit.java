package casecheck.check;

import casecheck.facts.Locator;
import java.util.List;

/**
 * What a rule consequence emits: the rule id (from its {@code @id} metadata), the case, where, and the message
 * arguments. The engine turns hits into {@link Finding}s with the rule's catalog entry; rules never format text.
 */
public record Hit(String ruleId, FindingKind kind, String caseId, Locator locator, List<Object> args) {

    public Hit {
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }
}
