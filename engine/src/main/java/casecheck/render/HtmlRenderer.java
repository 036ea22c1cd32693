package casecheck.render;

import static casecheck.render.Labels.m;

import casecheck.check.CheckResult;
import casecheck.check.Finding;
import casecheck.check.FindingKind;
import casecheck.check.NotEvaluated;
import casecheck.check.RuleInfo;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DossierDocument;
import casecheck.facts.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One self-contained HTML page (reliability row E8): every text is masked and entity-escaped, a strict
 * Content-Security-Policy forbids scripts, images, fonts and connections, and there is no script at all.
 */
final class HtmlRenderer implements FindingsRenderer {

    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private static final String CSS = """
            body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:2em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
            th{background:#f2f2f2}.sev{font-weight:bold;white-space:nowrap}
            .RED{color:#c00}.ORANGE{color:#d46b08}.YELLOW{color:#ad8b00}.excerpt{color:#555}
            .summary{font-weight:bold;margin:1em 0}.review{color:#ad8b00}""";

    @Override
    public String name() { return "html"; }

    @Override
    public String extension() { return "html"; }

    @Override
    public boolean binary() { return false; }

    @Override
    public void render(CheckResult result, RenderContext ctx, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        String title = "卷宗 " + m(result.subject()) + " 检查结果";
        w.println("<!DOCTYPE html>");
        w.println("<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
        w.println("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">");
        w.println("<meta name=\"referrer\" content=\"no-referrer\">");
        w.println("<title>" + esc(title) + "</title>");
        w.println("<style>" + CSS + "</style></head><body>");
        w.print("<h1>" + esc(title));
        if (ctx.asOf() != null) {
            w.print("（截至 " + esc(ctx.asOf().date().toString()) + "）");
        }
        w.println("</h1>");
        w.println("<p class=\"summary\">" + esc(ResultSummary.of(result).line()) + "</p>");
        for (Severity s : Severity.values()) {
            List<Finding> group = result.findings().stream()
                    .filter(f -> (f.severity() == null ? Severity.YELLOW : f.severity()) == s).toList();
            if (group.isEmpty()) {
                continue;
            }
            w.println("<h2 class=\"" + s.name() + "\">" + esc(s.label()) + "（" + group.size() + " 项）</h2>");
            w.println("<table><thead><tr><th>规则</th><th>问题</th><th>位置</th><th>原文</th><th>依据</th><th>整改</th></tr></thead><tbody>");
            for (Finding f : group) {
                String fix = ctx.rule(f.ruleId()).map(RuleInfo::fix).orElse("");
                w.print("<tr><td class=\"sev " + s.name() + "\">" + esc(f.ruleId()) + "<br>" + esc(m(f.title())));
                if (f.kind() == FindingKind.NEEDS_REVIEW) {
                    w.print("<br><span class=\"review\">需复核</span>");
                }
                w.print("</td><td>" + esc(m(f.message())) + "</td><td>" + esc(Labels.where(f)) + "</td>");
                w.print("<td class=\"excerpt\">" + esc(m(f.excerpt())) + "</td><td>" + esc(m(f.legalBasis())) + "</td>");
                w.println("<td>" + esc(m(fix)) + "</td></tr>");
            }
            w.println("</tbody></table>");
        }
        List<DossierDocument> notChecked = result.documents().stream()
                .filter(d -> d.outcome() != DocumentOutcome.CHECKED).toList();
        if (!notChecked.isEmpty()) {
            w.println("<h2>未能完整检查的文书（" + notChecked.size() + " 份）</h2><ul>");
            for (DossierDocument d : notChecked) {
                w.println("<li>" + esc(m(d.path())) + "：" + esc(Labels.outcome(d)) + "</li>");
            }
            w.println("</ul>");
        }
        if (!result.notEvaluated().isEmpty()) {
            w.println("<h2>未能评估的规则（" + result.notEvaluated().size() + " 条）</h2><ul>");
            for (NotEvaluated ne : result.notEvaluated()) {
                String t = ctx.rule(ne.ruleId()).map(RuleInfo::title).orElse("");
                w.println("<li>" + esc(ne.ruleId()) + " " + esc(m(t)) + "：" + esc(m(ne.lackOf())) + "</li>");
            }
            w.println("</ul>");
        }
        w.println("<p><small>" + esc(ctx.generator()) + "</small></p>");
        w.println("</body></html>");
        w.flush();
    }

    /** Entity-escapes text for element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
