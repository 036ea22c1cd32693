package casecheck.check;

import casecheck.facts.Alert;
import casecheck.facts.AsOf;
import casecheck.facts.CaseFile;
import casecheck.facts.Locator;
import casecheck.facts.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * The checker facade: facts + as-of date in, findings out. Loads the prebuilt kjar KieBase {@value #KBASE} from the
 * classpath (nothing is compiled at start-up). Thread-safe: the KieBase is shared and every call runs in its own
 * session, so one instance serves all threads.
 */
public final class Checker {

    /** Name of the KieBase in the rules kjar's kmodule.xml. */
    public static final String KBASE = "casecheck";

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::caseId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::document, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::page, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::line, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::kind)
            .thenComparing(Finding::message, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::fingerprint);

    private final KieBase kbase;
    private final LawConfig config;
    private final RuleCatalog catalog;
    private final Deadlines deadlines;

    private Checker(KieBase kbase, LawConfig config) {
        this.kbase = kbase;
        this.config = config;
        this.catalog = RuleCatalog.of(kbase, config, Checker.class.getClassLoader());
        this.deadlines = new Deadlines(config);
    }

    /** The rules on the classpath with the default law configuration. */
    public static Checker load() { return load(LawConfig.defaults()); }

    /** The rules on the classpath with {@code config} (e.g. a province's override). */
    public static Checker load(LawConfig config) {
        ClassLoader loader = Checker.class.getClassLoader();
        // The executable model directly (fast CLI start); the classpath container when the model list is absent.
        KieBase kbase = ExecutableModel.kieBase(loader).orElseGet(() -> {
            KieContainer container = KieServices.Factory.get().getKieClasspathContainer(loader);
            return container.getKieBase(KBASE);
        });
        return new Checker(kbase, Objects.requireNonNull(config, "config"));
    }

    public RuleCatalog catalog() { return catalog; }

    public LawConfig config() { return config; }

    /** Runs every rule over {@code facts} as of {@code asOf}. */
    public CheckResult check(FactSet facts, AsOf asOf) { return check(facts, asOf, id -> true); }

    /**
     * Runs only the rules whose id passes {@code ruleIds} (an AgendaFilter on the {@code @id} metadata) — used by
     * the per-rule fixtures and by a CLI that checks a selection.
     */
    public CheckResult check(FactSet facts, AsOf asOf, Predicate<String> ruleIds) {
        Objects.requireNonNull(asOf, "asOf");
        Hits hits = new Hits();
        KieSession session = kbase.newKieSession();
        try {
            session.setGlobal("hits", hits);
            facts.facts().forEach(session::insert);
            facts.documents().forEach(session::insert);
            session.insert(facts.coverage());
            session.insert(asOf);
            session.insert(config);
            session.insert(deadlines);
            session.fireAllRules(match -> {
                Object id = match.getRule().getMetaData().get("id");
                return id != null && ruleIds.test(id.toString());
            });
        } finally {
            session.dispose();
        }
        return result(facts, asOf, hits, ruleIds);
    }

    private CheckResult result(FactSet facts, AsOf asOf, Hits hits, Predicate<String> ruleIds) {
        Map<String, CaseFile> cases = new HashMap<>();
        Map<String, Alert> alerts = new HashMap<>();
        for (Object f : facts.facts()) {
            if (f instanceof CaseFile c && c.caseId() != null) {
                cases.merge(c.caseId(), c, (a, b) -> a.fromDocuments() ? b : a);
            } else if (f instanceof Alert a && a.alertId() != null) {
                alerts.put(a.alertId(), a);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Hit h : hits.hits()) {
            findings.add(finding(h, cases, alerts, asOf));
        }
        findings.sort(ORDER);
        List<NotEvaluated> notEvaluated = new ArrayList<>();
        if (facts.coverage() != null) {
            catalog.notEvaluable(facts.coverage()).stream().filter(n -> ruleIds.test(n.ruleId()))
                    .forEach(notEvaluated::add);
        }
        hits.notEvaluated().stream().distinct().forEach(notEvaluated::add);
        return new CheckResult(facts.subject(), findings, notEvaluated, facts.documents());
    }

    private Finding finding(Hit h, Map<String, CaseFile> cases, Map<String, Alert> alerts, AsOf asOf) {
        RuleInfo info = catalog.find(h.ruleId()).orElseThrow(
                () -> new IllegalStateException("规则不在目录中：" + h.ruleId()));
        Locator at = h.locator() == null ? Locator.none() : h.locator();
        String unit = null;
        String officer = null;
        CaseFile c = cases.get(h.caseId());
        Alert a = alerts.get(h.caseId());
        if (c != null) {
            unit = c.unitCode();
            officer = c.leadOfficer();
        } else if (a != null) {
            unit = a.unitCode();
            officer = a.officer();
        }
        Severity severity = catalog.severityOn(h.ruleId(), asOf.date(), config);
        return new Finding(info.id(), info.title(), info.family(), severity, h.kind(), h.caseId(), unit, officer,
                at.document(), at.page(), at.line(), at.excerpt(), message(info, h), info.basis(),
                fingerprint(info.id(), h.caseId(), at.document(), at.page(), at.excerpt()));
    }

    private String message(RuleInfo info, Hit h) {
        String pattern = catalog.messagePattern(info.id());
        if (pattern == null || pattern.isBlank()) {
            return info.title();
        }
        Object[] args = h.args().stream().map(this::display).toArray();
        String text = new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
        return h.kind() == FindingKind.NEEDS_REVIEW ? "（" + FindingKind.NEEDS_REVIEW.label() + "）" + text : text;
    }

    /**
     * Arguments shown the way the documents write them: dates in Chinese, enums by their Chinese label (or the
     * bundle's {@code enum.<Type>.<NAME>}), collections joined with "、". Numbers stay numbers for choice formats.
     */
    private Object display(Object arg) {
        if (arg == null) {
            return "（未记载）";
        }
        if (arg instanceof java.time.LocalDateTime t) {
            return Deadlines.format(t);
        }
        if (arg instanceof java.time.LocalDate d) {
            return Deadlines.format(d);
        }
        if (arg instanceof Enum<?> e) {
            String named = catalog.messagePattern("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
            if (named != null) {
                return named;
            }
            try {
                return e.getDeclaringClass().getMethod("label").invoke(e);
            } catch (ReflectiveOperationException noLabel) {
                return e.name();
            }
        }
        if (arg instanceof java.util.Collection<?> c) {
            List<String> parts = new ArrayList<>();
            for (Object o : c) {
                parts.add(String.valueOf(display(o)));
            }
            if (!(c instanceof List)) {
                parts.sort(null);
            }
            return String.join("、", parts);
        }
        return arg;
    }

    /**
     * Stable identity of a finding across runs: SHA-256 (first 16 hex chars) of
     * {@code ruleId|caseId|document|page|excerptKey}, the excerpt key being the excerpt without whitespace,
     * punctuation or width differences, so re-extraction noise does not make an old finding look new.
     */
    public static String fingerprint(String ruleId, String caseId, String document, Integer page, String excerpt) {
        String key = String.join("|", nz(ruleId), nz(caseId), nz(document), page == null ? "" : page.toString(),
                excerptKey(excerpt));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static String excerptKey(String excerpt) {
        if (excerpt == null) {
            return "";
        }
        return Normalizer.normalize(excerpt, Normalizer.Form.NFKC).replaceAll("[\\s\\p{P}\\p{S}]", "");
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
