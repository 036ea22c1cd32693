package casecheck.check;

import casecheck.facts.DataCoverage;
import casecheck.facts.InputTable;
import casecheck.facts.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The rules of a KieBase as a catalog, read from the rules' own metadata, the message bundle
 * ({@value #MESSAGES}) and one doc page per rule ({@value #DOCS}{@code <id>.md}). The engine never names a rule:
 * everything here is discovered. Immutable and thread-safe.
 */
public final class RuleCatalog {

    /** Message patterns keyed by rule id (UTF-8, {@link java.text.MessageFormat} arguments). */
    public static final String MESSAGES = "casecheck/rules/messages.properties";
    /** Folder of the per-rule doc pages. */
    public static final String DOCS = "casecheck/rules/docs/";

    private static final String SECTION_TRIGGER = "检查内容";
    private static final String SECTION_FIX = "如何整改";
    private static final String SECTION_EXAMPLE = "示例";

    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byId;
    private final Map<String, Severity> defaultSeverity;
    private final Properties messages;

    private RuleCatalog(List<RuleInfo> rules, Map<String, Severity> defaultSeverity, Properties messages) {
        this.rules = List.copyOf(rules);
        this.defaultSeverity = Map.copyOf(defaultSeverity);
        this.messages = messages;
        Map<String, RuleInfo> m = new LinkedHashMap<>();
        rules.forEach(r -> m.put(r.id(), r));
        this.byId = m;
    }

    /**
     * Reads the catalog of {@code kbase}; resources come from {@code loader}. Severity overrides
     * ({@code severity.<id>}) shown in the catalog are the latest configured values.
     * Throws {@link IllegalStateException} when a rule lacks {@code @id} or two rules share one.
     */
    public static RuleCatalog of(KieBase kbase, LawConfig config, ClassLoader loader) {
        Properties messages = loadMessages(loader);
        List<RuleInfo> infos = new ArrayList<>();
        Map<String, Severity> defaults = new TreeMap<>();
        for (KiePackage pkg : kbase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                String id = text(meta, "id");
                if (id.isEmpty()) {
                    throw new IllegalStateException("规则缺少 @id 元数据：" + rule.getName());
                }
                if (defaults.containsKey(id)) {
                    throw new IllegalStateException("规则编号重复：" + id);
                }
                String sev = text(meta, "severity");
                Severity declared = sev.isEmpty() ? Severity.YELLOW : Severity.parse(sev);
                defaults.put(id, declared);
                Severity effective = overridden(config, id, null, declared);
                String doc = read(loader, DOCS + id + ".md");
                Map<String, String> sections = sections(doc);
                infos.add(new RuleInfo(id, rule.getName(), text(meta, "title"), text(meta, "family"), effective,
                        text(meta, "basis"), text(meta, "since"), requires(text(meta, "requires"), id),
                        messages.getProperty(id, ""), sections.getOrDefault(SECTION_TRIGGER, ""),
                        sections.getOrDefault(SECTION_FIX, ""), sections.getOrDefault(SECTION_EXAMPLE, ""), doc));
            }
        }
        infos.sort(Comparator.comparing(RuleInfo::id));
        return new RuleCatalog(infos, defaults, messages);
    }

    /** All rules, sorted by id. */
    public List<RuleInfo> rules() { return rules; }

    public Optional<RuleInfo> find(String id) { return Optional.ofNullable(byId.get(id)); }

    /**
     * Run-level: the rules that cannot be evaluated because a table they {@code @requires} is missing from
     * {@code coverage}, each with the Chinese names of the missing tables.
     */
    public List<NotEvaluated> notEvaluable(DataCoverage coverage) {
        List<NotEvaluated> out = new ArrayList<>();
        for (RuleInfo r : rules) {
            List<String> missing = r.requires().stream().filter(t -> !coverage.has(t)).sorted()
                    .map(InputTable::label).toList();
            if (!missing.isEmpty()) {
                out.add(new NotEvaluated(r.id(), null, "缺少" + String.join("、", missing) + "表"));
            }
        }
        return out;
    }

    /** The severity of rule {@code id} in force on {@code on}: a configured override, else the DRL default. */
    public Severity severityOn(String id, LocalDate on, LawConfig config) {
        Severity declared = defaultSeverity.getOrDefault(id, Severity.YELLOW);
        return overridden(config, id, on, declared);
    }

    /** The raw message pattern of {@code id}, or null when the bundle has none. */
    String messagePattern(String id) { return messages.getProperty(id); }

    /** All message keys of the bundle (for the catalog test: a message without a rule is an error). */
    public Set<String> messageKeys() { return messages.stringPropertyNames(); }

    private static Severity overridden(LawConfig config, String id, LocalDate on, Severity declared) {
        String key = "severity." + id;
        if (config != null && config.has(key)) {
            try {
                return Severity.parse(config.value(key, on));
            } catch (IllegalArgumentException notInForceYet) {
                return declared;
            }
        }
        return declared;
    }

    private static Set<InputTable> requires(String csv, String id) {
        Set<InputTable> set = EnumSet.noneOf(InputTable.class);
        for (String s : csv.split(",")) {
            if (!s.isBlank()) {
                try {
                    set.add(InputTable.valueOf(s.strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("规则 " + id + " 的 @requires 含未知的表：" + s.strip(), e);
                }
            }
        }
        return set;
    }

    private static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        return v == null ? "" : v.toString().strip();
    }

    private static Properties loadMessages(ClassLoader loader) {
        Properties p = new Properties();
        try (InputStream in = loader.getResourceAsStream(MESSAGES)) {
            if (in != null) {
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("无法读取规则提示语：" + MESSAGES, e);
        }
        return p;
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("无法读取规则说明：" + resource, e);
        }
    }

    /** Splits a doc page into its "## " sections (heading text without decoration -> body). */
    static Map<String, String> sections(String doc) {
        Map<String, String> out = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : doc.split("\\R", -1)) {
            if (line.startsWith("## ")) {
                if (current != null) {
                    out.put(current, body.toString().strip());
                }
                current = line.substring(3).strip();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            out.put(current, body.toString().strip());
        }
        return out.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().replaceAll("[（(].*", "").strip(),
                Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
