package casecheck.batch.nightly;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A hash of record values that is the same in every JVM: records by component, lists in order, sets and maps
 * sorted (their iteration order is randomised per JVM for {@code Set.of}/{@code Set.copyOf}).
 */
final class CanonicalHash {

    private CanonicalHash() {
    }

    static String of(Object... values) {
        StringBuilder sb = new StringBuilder();
        for (Object v : values) {
            write(v, sb);
            sb.append('\n');
        }
        return Sha256.of(sb.toString());
    }

    private static void write(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append('∅');
        } else if (v instanceof Record r) {
            sb.append(r.getClass().getSimpleName()).append('(');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    write(c.getAccessor().invoke(r), sb);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("unreadable record component " + c, e);
                }
                sb.append(',');
            }
            sb.append(')');
        } else if (v instanceof List<?> list) {
            sb.append('[');
            list.forEach(e -> {
                write(e, sb);
                sb.append(',');
            });
            sb.append(']');
        } else if (v instanceof Set<?> || v instanceof Collection<?>) {
            sb.append('{');
            ((Collection<?>) v).stream().map(e -> {
                StringBuilder one = new StringBuilder();
                write(e, one);
                return one.toString();
            }).sorted().forEach(s -> sb.append(s).append(','));
            sb.append('}');
        } else if (v instanceof Map<?, ?> map) {
            Map<String, String> sorted = new TreeMap<>();
            map.forEach((k, val) -> {
                StringBuilder ks = new StringBuilder();
                write(k, ks);
                StringBuilder vs = new StringBuilder();
                write(val, vs);
                sorted.put(ks.toString(), vs.toString());
            });
            sb.append(sorted);
        } else if (v instanceof java.util.Optional<?> o) {
            write(o.orElse(null), sb);
        } else {
            sb.append(v.getClass().getSimpleName()).append(':').append(v);
        }
    }
}
