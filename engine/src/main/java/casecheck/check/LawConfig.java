package casecheck.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Thresholds, keyword lists and switches of the law, each with effective dates: where the law is uncertain or
 * differs by province or date, it is configuration, never a constant.
 *
 * <p>Format (UTF-8 properties): {@code key=value} is in force from the beginning of time;
 * {@code key@2026-01-01=value} from that date on. The value in force on a date is the one with the latest
 * effective date not after it. Lists are separated by {@code ,} or {@code 、}. An override file (for a province)
 * is layered over the defaults key by key. Immutable and thread-safe.
 */
public final class LawConfig {

    /** Classpath location of the defaults shipped with casecheck. */
    public static final String DEFAULT_RESOURCE = "casecheck/law/law-config.properties";

    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private final Map<String, NavigableMap<LocalDate, String>> values;

    private LawConfig(Map<String, NavigableMap<LocalDate, String>> values) {
        this.values = values;
    }

    /** The defaults shipped on the classpath. */
    public static LawConfig defaults() {
        try (InputStream in = LawConfig.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("缺少法规配置文件：" + DEFAULT_RESOURCE);
            }
            return new LawConfig(parse(new InputStreamReader(in, StandardCharsets.UTF_8), new TreeMap<>()));
        } catch (IOException e) {
            throw new IllegalStateException("无法读取法规配置文件：" + DEFAULT_RESOURCE, e);
        }
    }

    /** The defaults with {@code override} layered over them (a key given there replaces all its dates). */
    public static LawConfig withOverride(Path override) throws IOException {
        LawConfig base = defaults();
        try (Reader r = Files.newBufferedReader(override, StandardCharsets.UTF_8)) {
            Map<String, NavigableMap<LocalDate, String>> over = parse(r, new TreeMap<>());
            Map<String, NavigableMap<LocalDate, String>> merged = new TreeMap<>(base.values);
            merged.putAll(over);
            return new LawConfig(merged);
        }
    }

    private static Map<String, NavigableMap<LocalDate, String>> parse(Reader reader,
            Map<String, NavigableMap<LocalDate, String>> into) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        for (String name : p.stringPropertyNames()) {
            String key = name;
            LocalDate from = BEGINNING;
            int at = name.indexOf('@');
            if (at > 0) {
                key = name.substring(0, at);
                from = LocalDate.parse(name.substring(at + 1));
            }
            into.computeIfAbsent(key, k -> new TreeMap<>()).put(from, p.getProperty(name).strip());
        }
        return into;
    }

    /** The raw value in force on {@code on}; throws when the key is unknown (a typo in a rule is a bug). */
    public String value(String key, LocalDate on) {
        NavigableMap<LocalDate, String> byDate = values.get(key);
        if (byDate == null) {
            throw new IllegalArgumentException("法规配置缺少键：" + key);
        }
        Map.Entry<LocalDate, String> e = byDate.floorEntry(on == null ? LocalDate.MAX : on);
        if (e == null) {
            throw new IllegalArgumentException("法规配置键 " + key + " 在 " + on + " 没有生效的值");
        }
        return e.getValue();
    }

    public long number(String key, LocalDate on) { return Long.parseLong(value(key, on)); }

    public boolean flag(String key, LocalDate on) { return Boolean.parseBoolean(value(key, on)); }

    public List<String> list(String key, LocalDate on) {
        String v = value(key, on);
        if (v.isBlank()) {
            return List.of();
        }
        return Collections.unmodifiableList(Arrays.stream(v.split("[,，、]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }

    public boolean has(String key) { return values.containsKey(key); }
}
