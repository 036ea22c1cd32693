package casecheck.batch.store;

import casecheck.facts.Unit;
import casecheck.facts.UnitLevel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The unit tree as last exported (each nightly run refreshes it from the 单位 table). A report for a unit covers
 * its subtree. Thread-safe; reads the database on every call.
 */
@Component
public class UnitDirectory {

    private final JdbcClient jdbc;

    public UnitDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All units, by code. */
    public List<Unit> units() {
        return jdbc.sql("SELECT code, name, parent_code, unit_level, chief, chief_email, leader, leader_email, "
                        + "legal_officer, legal_officer_email FROM cc_unit ORDER BY code")
                .query((rs, i) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? null : UnitLevel.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)))
                .list();
    }

    public Optional<Unit> find(String code) {
        return units().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /** {@code code} and every unit below it (cycles in the exported tree are tolerated). */
    public Set<String> subtree(String code) {
        List<Unit> all = units();
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (out.add(c)) {
                all.stream().filter(u -> c.equals(u.parentCode())).forEach(u -> todo.push(u.code()));
            }
        }
        return out;
    }
}
