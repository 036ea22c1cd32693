package casecheck.batch.nightly;

import casecheck.batch.store.CoverageNote;
import casecheck.batch.store.DailyCount;
import casecheck.batch.store.DocumentRecord;
import casecheck.batch.store.FindingsStore;
import casecheck.batch.store.RunRecord;
import casecheck.batch.store.RunStore;
import casecheck.facts.OutcomeReason;
import casecheck.facts.Severity;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The end-of-run summary in Chinese, read back from the store (so a relaunch of a completed date prints the
 * same figures): documents by outcome and reason, findings new / carried over / rectified by severity, and the
 * rules that could not be evaluated and why.
 */
@Component
public class NightlySummary {

    private final RunStore runs;
    private final FindingsStore findings;

    public NightlySummary(RunStore runs, FindingsStore findings) {
        this.runs = runs;
        this.findings = findings;
    }

    public void print(LocalDate date, PrintWriter out) {
        RunRecord run = runs.run(date).orElse(null);
        if (run == null) {
            out.println("业务日期 " + date + " 没有运行记录");
            return;
        }
        out.println("== 夜间检查汇总 · 业务日期 " + date + " ==");
        out.printf("卷宗 %d 个（无法打开 %d 个，复用未变化卷宗的已提取结果 %d 个）；运行 %d 次%n",
                nz(run.dossiersTotal()), nz(run.dossiersFailed()), nz(run.cacheHits()), run.attempts());
        out.printf("文书 %d 份：已检查 %d，无法读取 %d，需人工复核 %d%n", nz(run.docsSeen()), nz(run.docsChecked()),
                nz(run.docsUnreadable()), nz(run.docsReview()));
        List<DocumentRecord> problems = runs.documents(date, null, true);
        Map<OutcomeReason, Long> byReason = problems.stream()
                .collect(Collectors.groupingBy(DocumentRecord::reason, TreeMap::new, Collectors.counting()));
        byReason.forEach((reason, n) -> out.printf("  %s · %s：%d 份%n", reason.outcome().label(), reason.label(), n));
        int outside = runs.filesNotInManifest(date);
        if (outside > 0) {
            out.printf("导出目录中另有 %d 个文件不在运行开始时固定的清单内（运行开始后新增或改名），本次未检查%n", outside);
        }

        Map<Severity, int[]> bySeverity = new EnumMap<>(Severity.class);
        for (DailyCount c : findings.dailyCounts(date, date, null)) {
            bySeverity.put(c.severity(), new int[] {c.fresh(), c.open() - c.fresh(), c.rectified()});
        }
        out.println("问题：");
        int[] sum = new int[3];
        for (Severity s : Severity.values()) {
            int[] c = bySeverity.getOrDefault(s, new int[3]);
            out.printf("  %s：新发现 %d，延续 %d，已整改 %d%n", s.label(), c[0], c[1], c[2]);
            for (int i = 0; i < 3; i++) {
                sum[i] += c[i];
            }
        }
        out.printf("  合计：新发现 %d，延续 %d，已整改 %d；已排除仍存在 %d%n", sum[0], sum[1], sum[2],
                findings.dismissedSeenOn(date, null).size());

        List<CoverageNote> notes = runs.notEvaluated(date);
        if (notes.isEmpty()) {
            out.println("所有规则均已评估");
        } else {
            out.println("未能评估的规则：");
            notes.stream().filter(n -> n.caseId() == null)
                    .forEach(n -> out.printf("  %s：全部未评估，缺少%s%n", n.ruleId(), n.lackOf()));
            Map<String, Map<String, Long>> perCase = notes.stream().filter(n -> n.caseId() != null)
                    .collect(Collectors.groupingBy(CoverageNote::ruleId, TreeMap::new,
                            Collectors.groupingBy(CoverageNote::lackOf, TreeMap::new, Collectors.counting())));
            perCase.forEach((rule, why) -> why.forEach((lack, n) ->
                    out.printf("  %s：%d 个案件/警情未评估，缺少%s%n", rule, n, lack)));
        }
        out.flush();
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }
}
