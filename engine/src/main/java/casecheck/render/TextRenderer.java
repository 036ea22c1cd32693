package casecheck.render;

import static casecheck.render.Labels.m;

import casecheck.check.CheckResult;
import casecheck.check.Finding;
import casecheck.check.FindingKind;
import casecheck.check.NotEvaluated;
import casecheck.check.RuleInfo;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DossierDocument;
import casecheck.facts.InputTable;
import casecheck.facts.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Chinese plain text for a terminal or a pipe, grouped by severity; ANSI colours only when the context allows. */
final class TextRenderer implements FindingsRenderer {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    @Override
    public String name() { return "text"; }

    @Override
    public String extension() { return "txt"; }

    @Override
    public boolean binary() { return false; }

    @Override
    public void render(CheckResult result, RenderContext ctx, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        Style st = new Style(ctx.ansi());
        ResultSummary summary = ResultSummary.of(result);
        w.print(st.bold("卷宗 " + m(result.subject()) + " 检查结果"));
        if (ctx.asOf() != null) {
            w.print("（截至 " + ctx.asOf().date() + "）");
        }
        w.println();
        for (Severity s : Severity.values()) {
            List<Finding> group = result.findings().stream().filter(f -> severityOf(f) == s).toList();
            if (group.isEmpty()) {
                continue;
            }
            w.println();
            w.println(st.colour(s, "■ " + s.label() + "（" + group.size() + " 项）"));
            int n = 1;
            for (Finding f : group) {
                writeFinding(w, st, ctx, f, n++);
            }
        }
        List<DossierDocument> notChecked = result.documents().stream()
                .filter(d -> d.outcome() != DocumentOutcome.CHECKED).toList();
        if (!notChecked.isEmpty()) {
            w.println();
            w.println(st.bold("未能完整检查的文书（" + notChecked.size() + " 份）："));
            for (DossierDocument d : notChecked) {
                w.println("  - " + m(d.path()) + "：" + Labels.outcome(d));
            }
        }
        if (!result.notEvaluated().isEmpty()) {
            w.println();
            w.println(st.bold("未能评估的规则（" + result.notEvaluated().size() + " 条）："));
            // Rules that lack whole export tables (every check without --export) make one line of ids; rules that
            // lack a datum of this case are grouped by what is missing, with their titles.
            java.util.Set<InputTable> tables = java.util.EnumSet.noneOf(InputTable.class);
            java.util.Set<String> forTables = new java.util.TreeSet<>();
            Map<String, List<String>> byLack = new LinkedHashMap<>();
            for (NotEvaluated ne : result.notEvaluated()) {
                List<InputTable> missing = missingTables(ne.lackOf());
                if (!missing.isEmpty()) {
                    tables.addAll(missing);
                    forTables.add(ne.ruleId());
                    continue;
                }
                String title = ctx.rule(ne.ruleId()).map(RuleInfo::title).orElse("");
                byLack.computeIfAbsent("缺少" + stripLack(m(ne.lackOf())), k -> new ArrayList<>())
                        .add(ne.ruleId() + (title.isEmpty() ? "" : " " + m(title)));
            }
            if (!forTables.isEmpty()) {
                w.println("  - 缺少" + String.join("、", tables.stream().map(InputTable::label).toList())
                        + "表（提供导出表格后可检查）：" + String.join("、", forTables));
            }
            byLack.forEach((lack, rules) -> w.println("  - " + lack + "：" + String.join("；", rules)));
        }
        w.println();
        w.println(st.bold(summary.line()));
        w.flush();
    }

    private static void writeFinding(PrintWriter w, Style st, RenderContext ctx, Finding f, int n) {
        Optional<RuleInfo> rule = ctx.rule(f.ruleId());
        String review = f.kind() == FindingKind.NEEDS_REVIEW ? st.colour(Severity.YELLOW, "［需复核］") : "";
        w.println("  " + n + ". " + review + "[" + f.ruleId() + "] " + m(f.title()));
        w.println("     问题：" + m(f.message()));
        w.println("     位置：" + Labels.where(f));
        if (f.excerpt() != null && !f.excerpt().isBlank()) {
            w.println("     原文：" + st.dim("「" + m(oneLine(f.excerpt())) + "」"));
        }
        String basis = f.legalBasis() != null && !f.legalBasis().isBlank() ? f.legalBasis()
                : rule.map(RuleInfo::basis).orElse("");
        if (!basis.isBlank()) {
            w.println("     依据：" + m(oneLine(basis)));
        }
        rule.map(RuleInfo::fix).filter(s -> s != null && !s.isBlank())
                .ifPresent(fix -> w.println("     整改：" + m(oneLine(fix))));
    }

    private static Severity severityOf(Finding f) {
        return f.severity() == null ? Severity.YELLOW : f.severity();
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * The export tables a "not evaluated" names when it is for want of whole tables ("缺少警情、案件表", as the
     * catalog words it); empty when it lacks something else (a time, a document).
     */
    static List<InputTable> missingTables(String lackOf) {
        if (lackOf == null) {
            return List.of();
        }
        String s = stripLack(lackOf.strip());
        if (!s.endsWith("表")) {
            return List.of();
        }
        List<InputTable> out = new ArrayList<>();
        for (String part : s.substring(0, s.length() - 1).split("、")) {
            InputTable t = java.util.Arrays.stream(InputTable.values()).filter(x -> x.label().equals(part.strip()))
                    .findFirst().orElse(null);
            if (t == null) {
                return List.of();
            }
            out.add(t);
        }
        return out;
    }

    /** Rules write either "立案时间" or "缺少立案时间"; say 缺少 once. */
    private static String stripLack(String lack) {
        return lack.startsWith("缺少") ? lack.substring(2) : lack;
    }

    /** ANSI styling that degrades to plain text. */
    private record Style(boolean on) {
        String bold(String s) { return on ? BOLD + s + RESET : s; }

        String dim(String s) { return on ? DIM + s + RESET : s; }

        String colour(Severity sev, String s) {
            if (!on) {
                return s;
            }
            String code = switch (sev) {
                case RED -> "\u001b[1;31m";
                case ORANGE -> "\u001b[1;38;5;208m";
                case YELLOW -> "\u001b[1;33m";
            };
            return code + s + RESET;
        }
    }
}
