package casecheck.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Maps the column headers (and file names) of a vendor's export to the fields casecheck reads. Defaults come from
 * the classpath resource {@value #RESOURCE}; an override file replaces individual keys. Immutable, thread-safe.
 */
public final class HeaderAliases {

    /** Classpath location of the default aliases. */
    public static final String RESOURCE = "casecheck/export/header-aliases.properties";

    private final Map<String, List<String>> aliases;

    private HeaderAliases(Map<String, List<String>> aliases) {
        this.aliases = aliases;
    }

    /** The aliases shipped with casecheck. */
    public static HeaderAliases defaults() {
        try (InputStream in = HeaderAliases.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("缺少表头别名配置：" + RESOURCE);
            }
            return new HeaderAliases(parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("无法读取表头别名配置：" + RESOURCE, e);
        }
    }

    /** The defaults with the keys of {@code override} (UTF-8 properties) replacing theirs. */
    public static HeaderAliases withOverride(Path override) throws IOException {
        Map<String, List<String>> merged = new LinkedHashMap<>(defaults().aliases);
        try (Reader r = Files.newBufferedReader(override, StandardCharsets.UTF_8)) {
            merged.putAll(parse(r));
        }
        return new HeaderAliases(merged);
    }

    private static Map<String, List<String>> parse(Reader r) throws IOException {
        Properties p = new Properties();
        p.load(r);
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            List<String> list = new ArrayList<>();
            for (String a : p.getProperty(k).split("[,，、]")) {
                if (!a.isBlank()) {
                    list.add(a.strip());
                }
            }
            m.put(k, List.copyOf(list));
        }
        return m;
    }

    /** File base names of a table ({@code units}, {@code alerts} …). */
    public List<String> fileNames(String table) {
        return aliases.getOrDefault(table + ".@file", List.of(table));
    }

    /**
     * For each column header, the field it maps to (null for unknown columns). The first column wins when two
     * headers map to the same field.
     */
    public List<String> mapHeaders(String table, List<String> headers) {
        Map<String, String> byAlias = new HashMap<>();
        String prefix = table + ".";
        for (Map.Entry<String, List<String>> e : aliases.entrySet()) {
            if (e.getKey().startsWith(prefix) && !e.getKey().endsWith(".@file")) {
                String field = e.getKey().substring(prefix.length());
                for (String a : e.getValue()) {
                    byAlias.putIfAbsent(key(a), field);
                }
            }
        }
        List<String> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String h : headers) {
            String f = h == null ? null : byAlias.get(key(h));
            if (f != null && seen.contains(f)) {
                f = null;
            }
            if (f != null) {
                seen.add(f);
            }
            out.add(f);
        }
        return out;
    }

    /** Normalised comparison key of a header: NFKC, no spaces, no BOM, no bracketed unit, lower case. */
    static String key(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).replace("\uFEFF", "");
        s = s.replaceAll("\\s+", "").replaceAll("\\([^)]*\\)$", "").replace("*", "");
        return s.toLowerCase(Locale.ROOT);
    }
}
