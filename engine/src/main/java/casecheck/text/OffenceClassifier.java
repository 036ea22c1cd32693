package casecheck.text;

import casecheck.check.LawConfig;
import casecheck.facts.Mediability;
import casecheck.facts.OffenceGroup;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classifies alert and case text into {@link OffenceGroup}s and {@link Mediability} with the keyword lists of the
 * law configuration ({@code classify.*}), so rules never match Chinese text. Immutable, thread-safe.
 */
public final class OffenceClassifier {

    private final List<String> negation;
    private final Map<OffenceGroup, List<String>> groups = new EnumMap<>(OffenceGroup.class);
    private final List<String> mediable;
    private final List<String> notMediable;
    private final List<String> excluded;

    public OffenceClassifier(LawConfig config, LocalDate on) {
        negation = config.list("classify.negation", on);
        for (OffenceGroup g : OffenceGroup.values()) {
            String key = "classify.offence." + g.name();
            groups.put(g, config.has(key) ? config.list(key, on) : List.of());
        }
        mediable = config.list("classify.mediable", on);
        notMediable = config.list("classify.notMediable", on);
        excluded = config.list("classify.mediationExcluded", on);
    }

    /** Classifier with the shipped defaults in force today. */
    public static OffenceClassifier defaults() {
        return new OffenceClassifier(LawConfig.defaults(), LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
    }

    /** Offence groups mentioned in any of the texts (null texts ignored). */
    public Set<OffenceGroup> groups(String... texts) {
        Set<OffenceGroup> out = EnumSet.noneOf(OffenceGroup.class);
        String t = join(texts);
        for (Map.Entry<OffenceGroup, List<String>> e : groups.entrySet()) {
            if (containsAny(t, e.getValue())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** Mediability of the conduct described: not mediable beats excluded beats mediable; none → UNKNOWN. */
    public Mediability mediability(String... texts) {
        String t = join(texts);
        if (t.isEmpty()) {
            return Mediability.UNKNOWN;
        }
        if (containsAny(t, notMediable)) {
            return Mediability.NOT_MEDIABLE;
        }
        if (containsAny(t, excluded)) {
            return Mediability.EXCLUDED;
        }
        if (containsAny(t, mediable)) {
            return Mediability.MEDIABLE;
        }
        return Mediability.UNKNOWN;
    }

    /** True when {@code text} contains one of the keywords not directly preceded by a negation word. */
    public boolean containsAny(String text, List<String> keywords) {
        for (String k : keywords) {
            int from = 0;
            while (true) {
                int i = text.indexOf(k, from);
                if (i < 0) {
                    break;
                }
                if (!negated(text, i)) {
                    return true;
                }
                from = i + 1;
            }
        }
        return false;
    }

    private boolean negated(String text, int at) {
        String before = text.substring(Math.max(0, at - 3), at);
        for (String n : negation) {
            if (before.endsWith(n) || (before.length() >= n.length() + 1
                    && before.substring(0, before.length() - 1).endsWith(n))) {
                return true;
            }
        }
        return false;
    }

    private static String join(String... texts) {
        StringBuilder b = new StringBuilder();
        for (String s : texts) {
            if (s != null) {
                b.append(s).append('。');
            }
        }
        return b.toString();
    }
}
