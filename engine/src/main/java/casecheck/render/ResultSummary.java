package casecheck.render;

import casecheck.check.CheckResult;
import casecheck.check.Finding;
import casecheck.check.FindingKind;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DossierDocument;
import casecheck.facts.Severity;
import java.util.EnumMap;
import java.util.Map;

/** Counts of one result, and the one-line Chinese summary every format shows. */
public record ResultSummary(int findings, int red, int orange, int yellow, int needsReview, int documents,
                            int checked, int unreadable, int documentsNeedingReview, int rulesNotEvaluated) {

    public static ResultSummary of(CheckResult result) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        int review = 0;
        for (Finding f : result.findings()) {
            bySeverity.merge(f.severity() == null ? Severity.YELLOW : f.severity(), 1, Integer::sum);
            if (f.kind() == FindingKind.NEEDS_REVIEW) {
                review++;
            }
        }
        int checked = 0;
        int unreadable = 0;
        int docReview = 0;
        for (DossierDocument d : result.documents()) {
            DocumentOutcome o = d.outcome() == null ? DocumentOutcome.NEEDS_REVIEW : d.outcome();
            switch (o) {
                case CHECKED -> checked++;
                case UNREADABLE -> unreadable++;
                case NEEDS_REVIEW -> docReview++;
            }
        }
        return new ResultSummary(result.findings().size(), bySeverity.getOrDefault(Severity.RED, 0),
                bySeverity.getOrDefault(Severity.ORANGE, 0), bySeverity.getOrDefault(Severity.YELLOW, 0), review,
                result.documents().size(), checked, unreadable, docReview, result.notEvaluated().size());
    }

    public int count(Severity severity) {
        return switch (severity) {
            case RED -> red;
            case ORANGE -> orange;
            case YELLOW -> yellow;
        };
    }

    /** Documents that were not fully checked (unreadable or needing review). */
    public int documentsNotChecked() {
        return unreadable + documentsNeedingReview;
    }

    /** E.g. {@code 共 5 项：红色 2 项，橙色 2 项，黄色 1 项；文书 9 份，已检查 8 份，需复核 1 份}. */
    public String line() {
        StringBuilder sb = new StringBuilder();
        if (findings == 0) {
            sb.append("未发现问题");
        } else {
            sb.append("共 ").append(findings).append(" 项：");
            String sep = "";
            for (Severity s : Severity.values()) {
                if (count(s) > 0) {
                    sb.append(sep).append(s.label()).append(' ').append(count(s)).append(" 项");
                    sep = "，";
                }
            }
            if (needsReview > 0) {
                sb.append("（其中需复核 ").append(needsReview).append(" 项）");
            }
        }
        sb.append("；文书 ").append(documents).append(" 份，已检查 ").append(checked).append(" 份");
        if (unreadable > 0) {
            sb.append("，无法读取 ").append(unreadable).append(" 份");
        }
        if (documentsNeedingReview > 0) {
            sb.append("，需复核 ").append(documentsNeedingReview).append(" 份");
        }
        if (rulesNotEvaluated > 0) {
            sb.append("；未能评估的规则 ").append(rulesNotEvaluated).append(" 条");
        }
        return sb.toString();
    }
}
