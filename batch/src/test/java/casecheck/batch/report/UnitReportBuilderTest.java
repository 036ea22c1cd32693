package casecheck.batch.report;

import static casecheck.batch.report.ReportFixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import casecheck.batch.report.UnitReport.Row;
import casecheck.privacy.Masker;

class UnitReportBuilderTest {

    private final UnitReportBuilder builder =
            new UnitReportBuilder(ReportFixtures.input(), ReportSettings.defaults(), ReportFixtures.advice());

    @Test
    void stationReportClassifiesNewCarriedRectifiedAndOverdue() {
        UnitReport r = builder.build("P11");
        assertThat(r.open()).isEqualTo(new UnitReport.Counts(2, 1, 1));
        assertThat(r.fresh().total()).isEqualTo(1);
        assertThat(r.carried().total()).isEqualTo(3);
        assertThat(r.rectified()).isEqualTo(new UnitReport.Counts(0, 1, 0));
        assertThat(r.rectifiedRows()).extracting(Row::fingerprint).containsExactly("fp-fixed");
        // red after 3 days: the 5-day-old red is overdue, the 2-day-old orange (limit 7) is not
        assertThat(r.overdue()).extracting(Row::fingerprint).containsExactly("fp-overdue");
        assertThat(r.overdue().get(0).ageDays()).isEqualTo(5);
        assertThat(allRows(r)).extracting(Row::fingerprint).doesNotContain("fp-dismissed", "fp-fixed-old");
        assertThat(r.ranking()).isEmpty();
        assertThat(r.caseCount()).isEqualTo(2);
        assertThat(r.banner()).isNull();
    }

    @Test
    @Tag("E4")
    void everyReportCoversExactlyItsSubtree() {
        assertThat(allRows(builder.build("B1"))).extracting(Row::fingerprint)
                .containsExactlyInAnyOrder("fp-new-red", "fp-carried", "fp-overdue", "fp-at", "fp-review");
        assertThat(allRows(builder.build("B2"))).extracting(Row::fingerprint)
                .containsExactlyInAnyOrder("fp-p21-a", "fp-p21-b", "fp-b2");
        assertThat(allRows(builder.build("P12"))).extracting(Row::fingerprint).containsExactly("fp-review");
        assertThat(allRows(builder.build("C0"))).extracting(Row::fingerprint).hasSize(8).doesNotContain("fp-lost");
        assertThat(builder.unassigned()).extracting(TrackedFinding::fingerprint).containsExactly("fp-lost");
        assertThat(builder.build("C0").coverage()).anyMatch(n -> n.contains("1 条问题无法确定所属单位"));
        assertThat(builder.build("B1").coverage()).noneMatch(n -> n.contains("无法确定所属单位"));
    }

    @Test
    void upperTiersRankChildrenByProblemsPer100Cases() {
        UnitReport city = builder.build("C0");
        // B1: 5 problems / 3 cases = 166.7; B2: 3 problems / 4 cases = 75.0
        assertThat(city.ranking()).extracting(UnitReport.Rank::unitCode).containsExactly("B1", "B2");
        assertThat(city.ranking().get(0).per100()).isEqualTo(166.7);
        assertThat(city.ranking().get(1).per100()).isEqualTo(75.0);
        assertThat(builder.build("B1").ranking()).extracting(UnitReport.Rank::unitCode).containsExactly("P11", "P12");
    }

    @Test
    void groupsByOfficerWithFixAndCountsByFamilyAndRule() {
        UnitReport r = builder.build("P11");
        assertThat(r.officers()).extracting(UnitReport.OfficerGroup::officer)
                .containsExactly("李警官", "张警官１３８****８０００", "未指明民警");
        Row first = r.officers().get(1).rows().get(0);
        assertThat(first.fix()).startsWith("整改：补正TX-01");
        assertThat(first.caseName()).startsWith("盗窃案");
        assertThat(r.rules()).extracting(UnitReport.Tally::key).contains("TX-01", "RI-01", "LO-01", "DL-01");
        assertThat(r.families()).extracting(UnitReport.Tally::label).contains("笔录制作", "权利义务告知");
    }

    @Test
    void trendCountsOpenFindingsOnEachOfSevenDays() {
        UnitReport r = builder.build("P11");
        assertThat(r.trend()).hasSize(7);
        assertThat(r.trend().get(6).day()).isEqualTo(DATE);
        assertThat(r.trend().get(6).counts().total()).isEqualTo(4);
        // on D-1: overdue, carried, fp-at, fp-fixed open (dismissed closed that day, old one closed D-2)
        assertThat(r.trend().get(5).counts().total()).isEqualTo(4);
        // on D-6: only the old yellow
        assertThat(r.trend().get(0).counts().total()).isEqualTo(1);
    }

    @Test
    void coverageNotesNameMissingTablesUnreadableDocumentsAndRulesNotEvaluated() {
        List<String> p21 = builder.build("P21").coverage();
        assertThat(p21).anyMatch(n -> n.contains("强制措施")).anyMatch(n -> n.contains("DL-06"))
                .anyMatch(n -> n.contains("DL-02") && n.contains("1 起案件")).anyMatch(n -> n.contains("损坏.docx"))
                .noneMatch(n -> n.contains("扫描件"));
        assertThat(builder.build("P12").coverage()).noneMatch(n -> n.contains("DL-02"));
    }

    @Test
    @Tag("E5")
    void everyTextIsMasked() {
        for (UnitReport r : builder.all()) {
            String dump = r.toString();
            for (String canary : ReportFixtures.CANARIES) {
                assertThat(dump).doesNotContain(canary);
            }
            assertThat(Masker.containsPersonalNumber(dump.replace(r.date().toString(), ""))).isFalse();
        }
    }

    @Test
    void incompleteNightIsAnnouncedAndDataIsThatOfTheLastCompletedRun() {
        UnitReportBuilder b = new UnitReportBuilder(ReportFixtures.incomplete(), ReportSettings.defaults(),
                RuleAdvice.none());
        UnitReport r = b.build("P11");
        assertThat(r.banner()).contains("昨夜检查未完成").contains(DATE.minusDays(1).toString());
        assertThat(r.dataDate()).isEqualTo(DATE.minusDays(1));
        assertThat(allRows(r)).extracting(Row::fingerprint).doesNotContain("fp-new-red");
    }

    @Test
    void unknownUnitIsRefused() {
        assertThatThrownBy(() -> builder.build("NOPE")).hasMessageContaining("单位表中没有该单位");
    }

    static List<Row> allRows(UnitReport r) {
        return r.officers().stream().flatMap(g -> g.rows().stream()).toList();
    }
}
