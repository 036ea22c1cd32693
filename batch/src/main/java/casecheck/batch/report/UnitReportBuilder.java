package casecheck.batch.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import casecheck.batch.report.UnitReport.Counts;
import casecheck.batch.report.UnitReport.OfficerGroup;
import casecheck.batch.report.UnitReport.Rank;
import casecheck.batch.report.UnitReport.Row;
import casecheck.batch.report.UnitReport.Tally;
import casecheck.batch.report.UnitReport.TrendDay;
import casecheck.check.FindingKind;
import casecheck.check.NotEvaluated;
import casecheck.facts.InputTable;
import casecheck.facts.Unit;
import casecheck.privacy.Masker;

/**
 * Turns the store's data into the content of each unit's report: its subtree only, classified against the data
 * date (new / carried over / rectified / overdue), masked. Pure and deterministic: same input, same report.
 */
public final class UnitReportBuilder {

    private static final int TREND_DAYS = 7;

    /** Severity first (red on top), then case, document, page, rule, fingerprint: a total, stable order. */
    private static final Comparator<Row> ROW_ORDER = Comparator.comparing(Row::severity)
            .thenComparing(Row::caseId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Row::document, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Row::page, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Row::ruleId)
            .thenComparing(Row::fingerprint);

    private final ReportInput input;
    private final ReportSettings settings;
    private final RuleAdvice advice;
    private final UnitTree tree;
    private final Map<String, CaseRef> cases;

    public UnitReportBuilder(ReportInput input, ReportSettings settings, RuleAdvice advice) {
        this.input = Objects.requireNonNull(input);
        this.settings = Objects.requireNonNull(settings);
        this.advice = Objects.requireNonNull(advice);
        this.tree = new UnitTree(input.units());
        this.cases = input.cases().stream()
                .collect(Collectors.toMap(CaseRef::caseId, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    public UnitTree tree() { return tree; }

    /** One report per unit of the 单位 table, in tree order. */
    public List<UnitReport> all() {
        return tree.units().stream().map(u -> build(u.code())).toList();
    }

    /** Findings whose unit is not in the 单位 table: they go to no unit's report (never broadcast). */
    public List<TrackedFinding> unassigned() {
        return input.findings().stream()
                .filter(f -> f.status() == FindingStatus.OPEN)
                .filter(f -> tree.find(f.unitCode()).isEmpty())
                .toList();
    }

    /** The report of unit {@code code}, covering its subtree. */
    public UnitReport build(String code) {
        Unit unit = tree.find(code).orElseThrow(() -> new IllegalArgumentException("单位表中没有该单位：" + m(code)));
        Set<String> subtree = tree.subtree(code);
        return build(unit, f -> f.unitCode() != null && subtree.contains(f.unitCode()), subtree);
    }

    /** Code of the quarantine report: findings whose unit is not in the 单位 table, for an administrator only. */
    public static final String UNASSIGNED = "_unassigned";

    /**
     * The quarantine report (reliability-checklist E4): every finding whose unit is unknown, addressed to nobody
     * but an administrator; empty of rows when there are none.
     */
    public UnitReport buildUnassigned() {
        Unit pseudo = new Unit(UNASSIGNED, ReportText.get("unassigned.name"), null, null, null, null, null, null,
                null, null);
        return build(pseudo, f -> tree.find(f.unitCode()).isEmpty(), Set.of());
    }

    private UnitReport build(Unit unit, java.util.function.Predicate<TrackedFinding> selected, Set<String> subtree) {
        String code = unit.code();
        LocalDate dataDate = input.dataDate();
        List<TrackedFinding> mine = input.findings().stream()
                .filter(selected)
                .filter(f -> f.status() != FindingStatus.DISMISSED || f.closedOn() != null)
                .toList();

        List<Row> openRows = new ArrayList<>();
        List<Row> rectifiedRows = new ArrayList<>();
        if (dataDate != null) {
            for (TrackedFinding f : mine) {
                if (f.status() != FindingStatus.DISMISSED && f.openOn(dataDate)) {
                    openRows.add(row(f, dataDate));
                } else if (f.status() == FindingStatus.RECTIFIED && dataDate.equals(f.closedOn())) {
                    rectifiedRows.add(row(f, dataDate));
                }
            }
        }
        openRows.sort(ROW_ORDER);
        rectifiedRows.sort(ROW_ORDER);

        Counts open = Counts.ZERO;
        Counts fresh = Counts.ZERO;
        Counts carried = Counts.ZERO;
        int review = 0;
        for (Row r : openRows) {
            open = open.plus(r.severity());
            if (r.fresh()) {
                fresh = fresh.plus(r.severity());
            } else {
                carried = carried.plus(r.severity());
            }
            if (FindingKind.NEEDS_REVIEW.label().equals(r.kind())) {
                review++;
            }
        }
        Counts rectified = Counts.ZERO;
        for (Row r : rectifiedRows) {
            rectified = rectified.plus(r.severity());
        }

        List<Row> overdue = openRows.stream().filter(Row::overdue)
                .sorted(Comparator.comparing(Row::firstSeen).thenComparing(ROW_ORDER)).toList();

        Set<String> caseIds = mine.stream().map(TrackedFinding::caseId).collect(Collectors.toSet());
        int caseCount = subtree.isEmpty() ? (int) caseIds.stream().filter(Objects::nonNull).count()
                : (int) input.cases().stream().filter(c -> c.unitCode() != null && subtree.contains(c.unitCode()))
                        .count();

        return new UnitReport(unit.code(), m(unit.name()), unit.level() == null ? "" : unit.level().label(),
                input.date(), settings.issuedAt(input.date()), dataDate, banner(), caseCount, open, review, fresh,
                carried, rectified, overdue, families(openRows), rules(openRows), officers(openRows), rectifiedRows,
                ranking(code), trend(mine, dataDate), coverage(code, subtree), List.of());
    }

    private String banner() {
        if (input.runState() == RunState.COMPLETED && input.date().equals(input.dataDate())) {
            return null;
        }
        String night = input.runState() == RunState.INCOMPLETE ? ReportText.get("banner.incomplete")
                : ReportText.get("banner.missing");
        if (input.dataDate() == null) {
            return night + ReportText.get("banner.noData");
        }
        return night + ReportText.get("banner.asOf", input.dataDate().toString());
    }

    private Row row(TrackedFinding f, LocalDate dataDate) {
        int age = (int) ChronoUnit.DAYS.between(f.firstSeen(), dataDate);
        boolean open = f.status() != FindingStatus.RECTIFIED || !dataDate.equals(f.closedOn());
        boolean overdue = open && age > settings.overdueDays(f.severity());
        CaseRef c = f.caseId() == null ? null : cases.get(f.caseId());
        String title = f.title() == null || f.title().isBlank() ? advice.title(f.ruleId()) : f.title();
        String officer = f.officer() == null || f.officer().isBlank() ? ReportText.get("officer.unknown") : f.officer();
        String unitName = tree.find(f.unitCode()).map(Unit::name).orElse(f.unitCode());
        return new Row(f.fingerprint(), f.severity(), f.kind() == null ? "" : f.kind().label(), m(f.caseId()),
                c == null ? "" : m(c.cause()), m(unitName), m(officer), m(f.document()), f.page(), m(f.excerpt()),
                f.ruleId(), familyOf(f), m(title), m(f.message()), m(f.legalBasis()), m(advice.fix(f.ruleId())), f.firstSeen(),
                age, age == 0 && open, overdue, open ? null : f.closedOn());
    }

    private static List<Tally> families(List<Row> rows) {
        Map<String, Counts> byFamily = new TreeMap<>();
        for (Row r : rows) {
            byFamily.merge(r.family(), Counts.ZERO.plus(r.severity()), UnitReportBuilder::add);
        }
        return byFamily.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Counts> e) -> -e.getValue().total())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Tally(e.getKey(), ReportText.family(e.getKey()), null, e.getValue()))
                .toList();
    }

    /** The stored family, else the rule id's prefix (TX-01 → TX), which names the family too. */
    private static String familyOf(TrackedFinding f) {
        if (f.family() != null && !f.family().isBlank()) {
            return m(f.family());
        }
        int dash = f.ruleId().indexOf('-');
        return dash > 0 ? f.ruleId().substring(0, dash) : f.ruleId();
    }

    private static List<Tally> rules(List<Row> rows) {
        Map<String, Tally> byRule = new TreeMap<>();
        for (Row r : rows) {
            byRule.merge(r.ruleId(), new Tally(r.ruleId(), r.ruleTitle(), r.severity(), Counts.ZERO.plus(r.severity())),
                    (a, b) -> new Tally(a.key(), a.label(), a.severity(), add(a.counts(), b.counts())));
        }
        return byRule.values().stream()
                .sorted(Comparator.comparing((Tally t) -> -t.counts().total()).thenComparing(Tally::key)).toList();
    }

    private static List<OfficerGroup> officers(List<Row> rows) {
        Map<String, List<Row>> byOfficer = new LinkedHashMap<>();
        for (Row r : rows) {
            byOfficer.computeIfAbsent(r.officer(), k -> new ArrayList<>()).add(r);
        }
        return byOfficer.entrySet().stream()
                .map(e -> new OfficerGroup(e.getKey(), e.getValue().stream().map(Row::severity)
                        .reduce(Counts.ZERO, Counts::plus, UnitReportBuilder::add), e.getValue()))
                .sorted(Comparator.comparing((OfficerGroup g) -> -g.counts().red())
                        .thenComparing(g -> -g.counts().total()).thenComparing(OfficerGroup::officer))
                .toList();
    }

    private List<Rank> ranking(String code) {
        LocalDate dataDate = input.dataDate();
        List<Rank> unranked = new ArrayList<>();
        for (Unit child : tree.children(code)) {
            Set<String> sub = tree.subtree(child.code());
            Counts counts = Counts.ZERO;
            if (dataDate != null) {
                for (TrackedFinding f : input.findings()) {
                    if (f.unitCode() != null && sub.contains(f.unitCode()) && f.status() != FindingStatus.DISMISSED
                            && f.openOn(dataDate)) {
                        counts = counts.plus(f.severity());
                    }
                }
            }
            int caseCount = (int) input.cases().stream()
                    .filter(c -> c.unitCode() != null && sub.contains(c.unitCode())).count();
            Double per100 = caseCount == 0 ? null : Math.round(counts.total() * 1000.0 / caseCount) / 10.0;
            unranked.add(new Rank(0, child.code(), m(child.name()), caseCount, counts.total(), per100, counts));
        }
        // worst first; units without cases last; ties by code so the order never flips between runs
        unranked.sort(Comparator.comparing((Rank r) -> r.per100() == null ? 1 : 0)
                .thenComparing(r -> r.per100() == null ? 0.0 : -r.per100())
                .thenComparing(r -> -r.problems()).thenComparing(Rank::unitCode));
        List<Rank> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Rank r = unranked.get(i);
            ranked.add(new Rank(i + 1, r.unitCode(), r.unitName(), r.cases(), r.problems(), r.per100(), r.counts()));
        }
        return ranked;
    }

    private static List<TrendDay> trend(List<TrackedFinding> mine, LocalDate dataDate) {
        if (dataDate == null) {
            return List.of();
        }
        List<TrendDay> days = new ArrayList<>();
        for (int i = TREND_DAYS - 1; i >= 0; i--) {
            LocalDate day = dataDate.minusDays(i);
            Counts c = Counts.ZERO;
            for (TrackedFinding f : mine) {
                if (f.openOn(day)) {
                    c = c.plus(f.severity());
                }
            }
            days.add(new TrendDay(day, c));
        }
        return days;
    }

    private List<String> coverage(String code, Set<String> subtree) {
        List<String> notes = new ArrayList<>();
        if (!input.missingTables().isEmpty()) {
            String tables = input.missingTables().stream().sorted().map(InputTable::label)
                    .collect(Collectors.joining("、"));
            notes.add(ReportText.get("coverage.missingTables", tables));
        }
        Map<String, List<NotEvaluated>> byRule = new TreeMap<>();
        for (NotEvaluated n : input.notEvaluated()) {
            if (n.caseId() == null) {
                byRule.computeIfAbsent(n.ruleId(), k -> new ArrayList<>()).add(n);
            } else {
                CaseRef c = cases.get(n.caseId());
                if (c != null && c.unitCode() != null && subtree.contains(c.unitCode())) {
                    byRule.computeIfAbsent(n.ruleId(), k -> new ArrayList<>()).add(n);
                }
            }
        }
        for (Map.Entry<String, List<NotEvaluated>> e : byRule.entrySet()) {
            String title = advice.title(e.getKey());
            String lacks = e.getValue().stream().map(NotEvaluated::lackOf).filter(Objects::nonNull).distinct().sorted()
                    .collect(Collectors.joining("、"));
            boolean runLevel = e.getValue().stream().anyMatch(n -> n.caseId() == null);
            notes.add(runLevel ? ReportText.get("coverage.ruleNotEvaluated", e.getKey(), m(title), m(lacks))
                    : ReportText.get("coverage.ruleNotEvaluatedCases", e.getKey(), m(title),
                            e.getValue().stream().map(NotEvaluated::caseId).distinct().count(), m(lacks)));
        }
        input.documentIssues().stream()
                .filter(d -> d.unitCode() != null && subtree.contains(d.unitCode()))
                .sorted(Comparator.comparing(DocumentIssue::caseId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DocumentIssue::document, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(d -> notes.add(ReportText.get("coverage.document", m(d.caseId()), m(d.document()),
                        d.reason().outcome().label(), d.reason().label())));
        if (!tree.units().isEmpty() && tree.units().get(0).code().equals(code)) {
            int lost = unassigned().size();
            if (lost > 0) {
                notes.add(ReportText.get("coverage.unassigned", lost));
            }
        }
        return notes;
    }

    private static Counts add(Counts a, Counts b) {
        return new Counts(a.red() + b.red(), a.orange() + b.orange(), a.yellow() + b.yellow());
    }

    private static String m(String text) {
        return text == null ? "" : Masker.mask(text);
    }
}
