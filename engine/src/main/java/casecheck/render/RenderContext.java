package casecheck.render;

import casecheck.check.RuleInfo;
import casecheck.facts.AsOf;
import casecheck.facts.Severity;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a renderer needs besides the result: the as-of date of the check (null when unknown), the rule metadata
 * lookup (for titles, quoted basis and how to fix), the severity threshold the findings were filtered at, whether
 * the text output may use ANSI colours, and the generator label (e.g. {@code casecheck 0.1.0}).
 */
public record RenderContext(AsOf asOf, Function<String, Optional<RuleInfo>> rules, Severity minSeverity,
                            boolean ansi, String generator) {

    public RenderContext {
        rules = rules == null ? id -> Optional.empty() : rules;
        minSeverity = minSeverity == null ? Severity.YELLOW : minSeverity;
        generator = generator == null ? "casecheck" : generator;
    }

    /** Plain context: no colour, no rule metadata, all severities. */
    public static RenderContext plain(AsOf asOf) {
        return new RenderContext(asOf, null, Severity.YELLOW, false, null);
    }

    public RenderContext withAnsi(boolean colour) {
        return new RenderContext(asOf, rules, minSeverity, colour, generator);
    }

    Optional<RuleInfo> rule(String id) {
        return id == null ? Optional.empty() : rules.apply(id);
    }
}
