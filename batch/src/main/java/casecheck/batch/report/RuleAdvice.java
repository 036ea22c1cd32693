package casecheck.batch.report;

/**
 * What the report needs from the rule catalog: a rule's title and what to do about its findings ({@code fix}).
 * Implemented over the engine's {@code RuleCatalog}; thread-safe.
 */
public interface RuleAdvice {

    /** The rule's title; empty when the rule is unknown. Never null. */
    String title(String ruleId);

    /** The fix text for {@code ruleId}; empty when the rule is unknown. Never null. */
    String fix(String ruleId);

    /** No catalog: titles and fixes come only from the stored findings. */
    static RuleAdvice none() {
        return new RuleAdvice() {
            @Override
            public String title(String ruleId) { return ""; }

            @Override
            public String fix(String ruleId) { return ""; }
        };
    }
}
