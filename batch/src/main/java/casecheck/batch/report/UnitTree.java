package casecheck.batch.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import casecheck.facts.Unit;

/**
 * The organisational tree of the 单位 table: who is under whom. A unit's report covers exactly its subtree
 * (reliability-checklist E4); a unit whose parent is unknown is a root. Cycles in bad data are cut, never looped.
 */
public final class UnitTree {

    private final Map<String, Unit> byCode = new LinkedHashMap<>();
    private final Map<String, List<Unit>> children = new LinkedHashMap<>();

    public UnitTree(List<Unit> units) {
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing(Unit::code));
        for (Unit u : sorted) {
            if (u.code() != null && !u.code().isBlank()) {
                byCode.putIfAbsent(u.code(), u);
            }
        }
        for (Unit u : byCode.values()) {
            String parent = u.parentCode();
            if (parent != null && byCode.containsKey(parent) && !parent.equals(u.code())) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(u);
            }
        }
    }

    /** Every unit, roots first, then depth-first in code order (the order reports are listed in). */
    public List<Unit> units() {
        List<Unit> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Unit u : byCode.values()) {
            if (isRoot(u)) {
                walk(u, out, seen);
            }
        }
        for (Unit u : byCode.values()) {
            if (!seen.contains(u.code())) {
                walk(u, out, seen);
            }
        }
        return out;
    }

    public Optional<Unit> find(String code) { return Optional.ofNullable(code == null ? null : byCode.get(code)); }

    /** Direct children, by code. */
    public List<Unit> children(String code) { return children.getOrDefault(code, List.of()); }

    /** The codes of {@code code} and everything under it. */
    public Set<String> subtree(String code) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(code);
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (out.add(c)) {
                for (Unit child : children(c)) {
                    todo.push(child.code());
                }
            }
        }
        return out;
    }

    private boolean isRoot(Unit u) {
        return u.parentCode() == null || !byCode.containsKey(u.parentCode()) || u.parentCode().equals(u.code());
    }

    private void walk(Unit u, List<Unit> out, Set<String> seen) {
        if (!seen.add(u.code())) {
            return;
        }
        out.add(u);
        for (Unit child : children(u.code())) {
            walk(child, out, seen);
        }
    }
}
