package casecheck.batch.report;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import casecheck.check.Checker;
import casecheck.check.RuleCatalog;
import casecheck.check.RuleInfo;

/**
 * Titles and fixes from the engine's rule catalog, loaded on first use (building the knowledge base takes a few
 * seconds, so only a report that needs it pays). Without a catalog the report still renders, without fixes.
 * Thread-safe.
 */
public final class CatalogRuleAdvice implements RuleAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogRuleAdvice.class);

    private final Supplier<RuleCatalog> loader;
    private volatile RuleCatalog catalog;
    private volatile boolean failed;

    /** The catalog of the rules on the classpath, built once per JVM (each command starts a new context). */
    public CatalogRuleAdvice() {
        this(Shared::catalog);
    }

    public CatalogRuleAdvice(Supplier<RuleCatalog> loader) {
        this.loader = loader;
    }

    @Override
    public String title(String ruleId) {
        return info(ruleId, RuleInfo::title);
    }

    @Override
    public String fix(String ruleId) {
        return info(ruleId, RuleInfo::fix);
    }

    private String info(String ruleId, java.util.function.Function<RuleInfo, String> field) {
        RuleCatalog c = catalog();
        if (c == null || ruleId == null) {
            return "";
        }
        return c.find(ruleId).map(field).map(s -> s == null ? "" : s.strip()).orElse("");
    }

    private RuleCatalog catalog() {
        if (catalog == null && !failed) {
            synchronized (this) {
                if (catalog == null && !failed) {
                    try {
                        catalog = loader.get();
                    } catch (RuntimeException | LinkageError e) {
                        failed = true;
                        LOG.warn("无法加载规则目录，报告中不含整改要求：{}", e.toString());
                    }
                }
            }
        }
        return catalog;
    }

    /** Holder idiom: the classpath catalog is built on first use and shared by every context of the JVM. */
    private static final class Shared {
        private static final RuleCatalog CATALOG = Checker.load().catalog();

        static RuleCatalog catalog() { return CATALOG; }
    }
}
