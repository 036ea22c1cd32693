package casecheck.check;

import casecheck.facts.Locator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global every rule writes to ({@code global casecheck.check.Hits hits;}). A consequence adds one hit and does
 * nothing else: no I/O, no text. One instance per session; not shared between threads.
 */
public final class Hits {

    private final List<Hit> hits = new ArrayList<>();
    private final List<NotEvaluated> notEvaluated = new ArrayList<>();

    /** A violation at {@code at}; {@code args} fill the rule's message pattern ({0}, {1} …). */
    public void report(RuleContext rule, String caseId, Locator at, Object... args) {
        hits.add(new Hit(idOf(rule), FindingKind.VIOLATION, caseId, at, Arrays.asList(args)));
    }

    /** The data could not decide (unreadable time, missing page marker …): a person must look. */
    public void review(RuleContext rule, String caseId, Locator at, Object... args) {
        hits.add(new Hit(idOf(rule), FindingKind.NEEDS_REVIEW, caseId, at, Arrays.asList(args)));
    }

    /** The rule could not be evaluated for this case for lack of {@code lackOf} (Chinese, e.g. "立案时间"). */
    public void notEvaluated(RuleContext rule, String caseId, String lackOf) {
        notEvaluated.add(new NotEvaluated(idOf(rule), caseId, lackOf));
    }

    /** {@link #report(RuleContext, String, Locator, Object...)} as called from an executable-model consequence. */
    public void report(Drools drools, String caseId, Locator at, Object... args) {
        report(context(drools), caseId, at, args);
    }

    /** {@link #review(RuleContext, String, Locator, Object...)} as called from an executable-model consequence. */
    public void review(Drools drools, String caseId, Locator at, Object... args) {
        review(context(drools), caseId, at, args);
    }

    /** {@link #notEvaluated(RuleContext, String, String)} as called from an executable-model consequence. */
    public void notEvaluated(Drools drools, String caseId, String lackOf) {
        notEvaluated(context(drools), caseId, lackOf);
    }

    // The executable model hands consequences a Drools facade that is also the RuleContext carrying the metadata.
    private static RuleContext context(Drools drools) {
        if (drools instanceof RuleContext ctx) {
            return ctx;
        }
        RuleContext ctx = drools.getContext(RuleContext.class);
        if (ctx == null) {
            throw new IllegalStateException("consequence context without RuleContext");
        }
        return ctx;
    }

    public List<Hit> hits() { return Collections.unmodifiableList(hits); }

    public List<NotEvaluated> notEvaluated() { return Collections.unmodifiableList(notEvaluated); }

    private static String idOf(RuleContext rule) {
        Object id = rule.getRule().getMetaData().get("id");
        if (id == null) {
            throw new IllegalStateException("rule without @id metadata: " + rule.getRule().getName());
        }
        return id.toString();
    }
}
