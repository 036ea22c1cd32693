package casecheck.batch.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import casecheck.facts.Severity;

/**
 * The content of one unit's morning report, independent of format. Every text in it is already masked
 * ({@link casecheck.privacy.Masker}); renderers only escape and lay out. Lists are in their display order.
 *
 * @param unitCode    the unit's code (an id: file names derive from it)
 * @param unitName    the unit's name
 * @param tier        its 层级 label (市局 / 分局 / 派出所 …)
 * @param date        business date reported on
 * @param issuedAt    the report's fixed issue time (the morning after {@code date}); no wall clock anywhere
 * @param dataDate    business date of the run the data comes from (null: no completed run)
 * @param banner      shown on top when the data is not that of {@code date}'s night; null otherwise
 * @param caseCount   cases of the subtree in that run
 * @param open        open findings by severity (violations and reviews)
 * @param needsReview how many of the open ones need a person's review rather than state a violation
 * @param fresh       open findings first seen in that run
 * @param carried     open findings first seen earlier
 * @param rectified   findings rectified by that run
 * @param overdue     open findings older than their severity's rectification period, oldest first
 * @param families    counts by rule family
 * @param rules       counts by rule
 * @param officers    every open finding, grouped by responsible officer
 * @param rectifiedRows findings rectified by that run
 * @param ranking     child units by problems per 100 cases (empty for a unit without children)
 * @param trend       open findings by severity on each of the seven days ending at {@code dataDate}
 * @param coverage    data-coverage notes (missing tables, unreadable documents, rules not evaluated)
 * @param deliveryNotes earlier deliveries of this unit's report that failed (shown until delivered)
 */
public record UnitReport(String unitCode, String unitName, String tier, LocalDate date, ZonedDateTime issuedAt,
                         LocalDate dataDate, String banner, int caseCount, Counts open, int needsReview, Counts fresh,
                         Counts carried, Counts rectified, List<Row> overdue, List<Tally> families, List<Tally> rules,
                         List<OfficerGroup> officers, List<Row> rectifiedRows, List<Rank> ranking,
                         List<TrendDay> trend, List<String> coverage, List<String> deliveryNotes) {

    public UnitReport {
        overdue = List.copyOf(overdue);
        families = List.copyOf(families);
        rules = List.copyOf(rules);
        officers = List.copyOf(officers);
        rectifiedRows = List.copyOf(rectifiedRows);
        ranking = List.copyOf(ranking);
        trend = List.copyOf(trend);
        coverage = List.copyOf(coverage);
        deliveryNotes = List.copyOf(deliveryNotes);
    }

    /** The report with {@code notes} about failed deliveries added. */
    public UnitReport withDeliveryNotes(List<String> notes) {
        return new UnitReport(unitCode, unitName, tier, date, issuedAt, dataDate, banner, caseCount, open,
                needsReview, fresh, carried, rectified, overdue, families, rules, officers, rectifiedRows, ranking,
                trend, coverage, notes);
    }

    /** Number of open findings listed under officers. */
    public int openTotal() { return open.total(); }

    /** Counts by severity. */
    public record Counts(int red, int orange, int yellow) {

        public static final Counts ZERO = new Counts(0, 0, 0);

        public int total() { return red + orange + yellow; }

        public int of(Severity s) {
            return switch (s) {
                case RED -> red;
                case ORANGE -> orange;
                case YELLOW -> yellow;
            };
        }

        public Counts plus(Severity s) {
            return new Counts(red + (s == Severity.RED ? 1 : 0), orange + (s == Severity.ORANGE ? 1 : 0),
                    yellow + (s == Severity.YELLOW ? 1 : 0));
        }
    }

    /**
     * One finding as shown. {@code page} null for table-based findings; {@code ageDays} days since first seen;
     * {@code closedOn} set for rectified rows.
     */
    public record Row(String fingerprint, Severity severity, String kind, String caseId, String caseName,
                      String unitName, String officer, String document, Integer page, String excerpt,
                      String ruleId, String family, String ruleTitle, String message, String legalBasis, String fix,
                      LocalDate firstSeen, int ageDays, boolean fresh, boolean overdue, LocalDate closedOn) {
    }

    /** A count under a label (family, or rule id + title); {@code severity} null for families. */
    public record Tally(String key, String label, Severity severity, Counts counts) {
    }

    /** The open findings of one responsible officer. */
    public record OfficerGroup(String officer, Counts counts, List<Row> rows) {

        public OfficerGroup {
            rows = List.copyOf(rows);
        }
    }

    /** A child unit in the ranking; {@code per100} null when it has no cases. */
    public record Rank(int place, String unitCode, String unitName, int cases, int problems, Double per100,
                       Counts counts) {
    }

    /** Open findings on one day. */
    public record TrendDay(LocalDate day, Counts counts) {
    }
}
