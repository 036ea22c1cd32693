package casecheck.text;

import casecheck.check.LawConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A configured keyword list compiled once: each keyword is a regular expression. Immutable, thread-safe. */
public final class Keywords {

    private final List<Pattern> patterns;

    private Keywords(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** The list under {@code key} in force on {@code on} (latest when null); empty when the key is absent. */
    public static Keywords of(LawConfig config, String key, LocalDate on) {
        if (!config.has(key)) {
            return new Keywords(List.of());
        }
        List<Pattern> ps = new ArrayList<>();
        for (String k : config.list(key, on == null ? LocalDate.of(2100, 1, 1) : on)) {
            ps.add(Pattern.compile(k));
        }
        return new Keywords(List.copyOf(ps));
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    public boolean matches(String text) {
        if (text == null) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
