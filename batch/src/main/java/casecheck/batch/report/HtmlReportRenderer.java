package casecheck.batch.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

import casecheck.batch.report.UnitReport.Counts;
import casecheck.batch.report.UnitReport.OfficerGroup;
import casecheck.batch.report.UnitReport.Rank;
import casecheck.batch.report.UnitReport.Row;
import casecheck.batch.report.UnitReport.Tally;
import casecheck.batch.report.UnitReport.TrendDay;
import casecheck.facts.Severity;

/**
 * The report as one self-contained HTML page, readable on a phone; it is also the e-mail body. Inline CSS only
 * (allowed by hash in a strict Content-Security-Policy), no scripts, no external resources, no style attributes;
 * every text is escaped (reliability-checklist E8). The trend chart is inline SVG.
 */
public final class HtmlReportRenderer implements ReportRenderer {

    static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String CSS = String.join("\n",
            "body{margin:0;padding:12px;font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;",
            "font-size:15px;line-height:1.5;color:#222;background:#fff}",
            "main{max-width:760px;margin:0 auto}",
            "h1{font-size:20px;margin:0 0 4px}h2{font-size:17px;margin:20px 0 8px;border-bottom:2px solid #ddd}",
            "h3{font-size:15px;margin:14px 0 6px}",
            ".meta{color:#666;font-size:13px}",
            ".banner{background:#fff3cd;border:2px solid #d9534f;padding:8px;margin:10px 0;font-weight:bold}",
            ".tiles{display:flex;gap:6px;margin:10px 0}",
            ".tile{flex:1;text-align:center;padding:6px 2px;border-radius:6px;color:#fff}",
            ".tile b{display:block;font-size:24px}",
            ".RED{background:#c9302c}.ORANGE{background:#ec971f}.YELLOW{background:#d4b106}",
            ".tag{display:inline-block;padding:0 6px;border-radius:4px;color:#fff;font-size:12px}",
            ".flow{margin:4px 0}",
            "table{border-collapse:collapse;width:100%;font-size:13px}",
            "th,td{border:1px solid #ccc;padding:3px 5px;text-align:left;vertical-align:top}",
            "th{background:#f2f2f2}td.n{text-align:right}",
            ".scroll{overflow-x:auto}",
            ".card{border:1px solid #ddd;border-left:5px solid #999;border-radius:4px;padding:6px 8px;margin:6px 0}",
            ".card.RED{border-left-color:#c9302c;background:#fff}",
            ".card.ORANGE{border-left-color:#ec971f;background:#fff}",
            ".card.YELLOW{border-left-color:#d4b106;background:#fff}",
            ".card .head{font-weight:bold}.card .where{color:#555;font-size:13px}",
            ".excerpt{background:#f7f7f7;padding:2px 4px;font-size:13px}",
            ".small{font-size:13px;color:#444}",
            "svg{max-width:100%;height:auto}",
            "ul.items{list-style:none;padding:0;margin:0}",
            "ul.items li{border-bottom:1px solid #eee;padding:4px 0}",
            "body{overflow-wrap:anywhere}",
            "footer{margin-top:24px;color:#888;font-size:12px}");

    private static final String CSP = "default-src 'none'; img-src data:; style-src 'sha256-" + sha256(CSS) + "'";

    @Override
    public String extension() { return "html"; }

    @Override
    public String mediaType() { return "text/html; charset=UTF-8"; }

    @Override
    public byte[] render(UnitReport r) {
        return html(r).getBytes(StandardCharsets.UTF_8);
    }

    /** The page as text. */
    public String html(UnitReport r) {
        StringBuilder h = new StringBuilder(16_384);
        String title = ReportText.get("report.title", r.unitName(), r.date().toString());
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(esc(CSP)).append("\">\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
        h.append("<title>").append(esc(title)).append("</title>\n<style>").append(CSS).append("</style>\n");
        h.append("</head>\n<body>\n<main>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<p class=\"meta\">").append(esc(ReportText.get("report.meta", r.tier(),
                r.dataDate() == null ? ReportText.get("value.none") : r.dataDate().toString(),
                ISSUED.format(r.issuedAt())))).append("</p>\n");
        if (r.banner() != null) {
            h.append("<p class=\"banner\" id=\"banner\">").append(esc(r.banner())).append("</p>\n");
        }
        headline(h, r);
        overdue(h, r);
        trend(h, r);
        ranking(h, r);
        tallies(h, r);
        officers(h, r);
        rectified(h, r);
        coverage(h, r);
        if (!r.deliveryNotes().isEmpty()) {
            h.append("<h2>").append(esc(ReportText.get("section.delivery"))).append("</h2>\n<ul>\n");
            for (String n : r.deliveryNotes()) {
                h.append("<li>").append(esc(n)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<footer>").append(esc(ReportText.get("report.generator"))).append(" · ")
                .append(esc(ISSUED.format(r.issuedAt()))).append("</footer>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void headline(StringBuilder h, UnitReport r) {
        h.append("<section id=\"headline\">\n<div class=\"tiles\">\n");
        for (Severity s : Severity.values()) {
            h.append("<div class=\"tile ").append(s.name()).append("\"><b>").append(r.open().of(s)).append("</b>")
                    .append(esc(s.label())).append("</div>\n");
        }
        h.append("</div>\n<p class=\"flow\"><b>").append(esc(ReportText.get("headline.open"))).append(' ')
                .append(r.open().total()).append("</b>　")
                .append(esc(ReportText.get("headline.flow", r.fresh().total(), r.carried().total(),
                        r.rectified().total(), r.overdue().size())))
                .append("</p>\n<p class=\"small\">")
                .append(esc(ReportText.get("headline.cases", r.caseCount())));
        if (r.needsReview() > 0) {
            h.append("　").append(esc(ReportText.get("headline.review", r.needsReview())));
        }
        h.append("</p>\n</section>\n");
    }

    private static void overdue(StringBuilder h, UnitReport r) {
        if (r.overdue().isEmpty()) {
            return;
        }
        h.append("<h2>").append(esc(ReportText.get("section.overdue"))).append("（").append(r.overdue().size())
                .append("）</h2>\n<ul class=\"items\" id=\"overdue\">\n");
        for (Row row : r.overdue()) {
            item(h, row, ReportText.get("value.overdue", row.ageDays()));
        }
        h.append("</ul>\n");
    }

    /** One line per finding, phone-width: severity, rule, then case · officer · state in grey. */
    private static void item(StringBuilder h, Row row, String state) {
        h.append("<li>").append(tag(row.severity())).append(' ').append(esc(row.ruleId() + " " + row.ruleTitle()))
                .append("<br><span class=\"small\">").append(esc(row.caseId())).append(" · ")
                .append(esc(row.officer())).append(" · ").append(esc(state)).append("</span></li>\n");
    }

    private static void trend(StringBuilder h, UnitReport r) {
        if (r.trend().isEmpty()) {
            return;
        }
        h.append("<h2>").append(esc(ReportText.get("section.trend"))).append("</h2>\n").append(svg(r.trend()));
    }

    /** Stacked bars, one per day (red at the bottom), total on top, date below. */
    static String svg(List<TrendDay> days) {
        int w = 560;
        int hgt = 220;
        int top = 36;
        int bottom = 190;
        int max = Math.max(1, days.stream().mapToInt(d -> d.counts().total()).max().orElse(1));
        double slot = (double) (w - 40) / days.size();
        StringBuilder s = new StringBuilder();
        s.append("<svg id=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ')
                .append(hgt).append("\" width=\"").append(w).append("\" height=\"").append(hgt)
                .append("\" role=\"img\" aria-label=\"").append(esc(ReportText.get("section.trend"))).append("\">\n");
        s.append("<line x1=\"30\" y1=\"").append(bottom).append("\" x2=\"").append(w - 5).append("\" y2=\"")
                .append(bottom).append("\" stroke=\"#888\"/>\n");
        for (int i = 0; i < days.size(); i++) {
            TrendDay d = days.get(i);
            double x = 35 + i * slot + slot * 0.2;
            double bw = slot * 0.6;
            double y = bottom;
            for (Severity sev : Severity.values()) {
                int n = d.counts().of(sev);
                if (n == 0) {
                    continue;
                }
                double bh = (double) n / max * (bottom - top);
                y -= bh;
                s.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
                        .append(fmt(bw)).append("\" height=\"").append(fmt(bh)).append("\" fill=\"")
                        .append(color(sev)).append("\"><title>").append(d.day()).append(' ').append(esc(sev.label()))
                        .append(' ').append(n).append("</title></rect>\n");
            }
            s.append("<text x=\"").append(fmt(x + bw / 2)).append("\" y=\"").append(fmt(y - 4))
                    .append("\" font-size=\"12\" text-anchor=\"middle\">").append(d.counts().total()).append("</text>\n");
            s.append("<text x=\"").append(fmt(x + bw / 2)).append("\" y=\"").append(bottom + 16)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(d.day().toString().substring(5))
                    .append("</text>\n");
        }
        int lx = 35;
        for (Severity sev : Severity.values()) {
            s.append("<rect x=\"").append(lx).append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"").append(color(sev))
                    .append("\"/><text x=\"").append(lx + 14).append("\" y=\"13\" font-size=\"11\">")
                    .append(esc(sev.label())).append("</text>\n");
            lx += 70;
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static void ranking(StringBuilder h, UnitReport r) {
        if (r.ranking().isEmpty()) {
            return;
        }
        h.append("<h2>").append(esc(ReportText.get("section.ranking"))).append("</h2>\n<div class=\"scroll\"><table id=\"ranking\">\n<tr>");
        for (String c : List.of("col.place", "col.unit", "col.cases", "col.problems", "col.per100")) {
            th(h, c);
        }
        h.append("</tr>\n");
        for (Rank k : r.ranking()) {
            h.append("<tr><td class=\"n\">").append(k.place()).append("</td><td>").append(esc(k.unitName()))
                    .append("</td><td class=\"n\">").append(k.cases()).append("</td><td class=\"n\">").append(k.problems())
                    .append("</td><td class=\"n\">")
                    .append(esc(k.per100() == null ? ReportText.get("value.noCases") : String.format(java.util.Locale.ROOT, "%.1f", k.per100())))
                    .append("</td></tr>\n");
        }
        h.append("</table></div>\n");
    }

    private static void tallies(StringBuilder h, UnitReport r) {
        if (r.families().isEmpty()) {
            return;
        }
        h.append("<h2>").append(esc(ReportText.get("section.families"))).append("</h2>\n");
        tallyTable(h, "families", "col.family", r.families());
        h.append("<h2>").append(esc(ReportText.get("section.rules"))).append("</h2>\n");
        tallyTable(h, "rules", "col.rule", r.rules());
    }

    private static void tallyTable(StringBuilder h, String id, String firstCol, List<Tally> tallies) {
        h.append("<div class=\"scroll\"><table id=\"").append(id).append("\">\n<tr>");
        th(h, firstCol);
        for (Severity s : Severity.values()) {
            h.append("<th>").append(esc(s.label())).append("</th>");
        }
        th(h, "col.total");
        h.append("</tr>\n");
        for (Tally t : tallies) {
            String label = t.severity() == null ? t.label() : t.key() + " " + t.label();
            h.append("<tr><td>").append(esc(label)).append("</td>");
            for (Severity s : Severity.values()) {
                h.append("<td class=\"n\">").append(t.counts().of(s)).append("</td>");
            }
            h.append("<td class=\"n\">").append(t.counts().total()).append("</td></tr>\n");
        }
        h.append("</table></div>\n");
    }

    private static void officers(StringBuilder h, UnitReport r) {
        h.append("<h2>").append(esc(ReportText.get("section.officers"))).append("</h2>\n");
        if (r.officers().isEmpty()) {
            h.append("<p>").append(esc(ReportText.get("headline.none"))).append("</p>\n");
            return;
        }
        h.append("<div id=\"findings\">\n");
        for (OfficerGroup g : r.officers()) {
            Counts c = g.counts();
            h.append("<h3>").append(esc(g.officer())).append("（").append(c.total()).append("）</h3>\n");
            for (Row row : g.rows()) {
                card(h, row);
            }
        }
        h.append("</div>\n");
    }

    private static void card(StringBuilder h, Row row) {
        h.append("<div class=\"card ").append(row.severity().name()).append("\" data-fp=\"").append(esc(row.fingerprint()))
                .append("\">\n<div class=\"head\">").append(tag(row.severity())).append(' ')
                .append(esc(row.ruleId() + " " + row.ruleTitle()));
        if (!row.kind().isEmpty() && !"问题".equals(row.kind())) {
            h.append("（").append(esc(row.kind())).append("）");
        }
        h.append("</div>\n<div class=\"where\">").append(esc(row.caseId()));
        if (!row.caseName().isEmpty()) {
            h.append(' ').append(esc(row.caseName()));
        }
        h.append(" · ").append(esc(row.unitName())).append(" · ").append(esc(row.document()));
        if (row.page() != null) {
            h.append(' ').append(esc(ReportText.get("value.page", row.page())));
        }
        h.append(" · ").append(esc(state(row))).append("</div>\n");
        if (!row.message().isEmpty()) {
            h.append("<div>").append(esc(row.message())).append("</div>\n");
        }
        if (!row.excerpt().isEmpty()) {
            h.append("<div class=\"excerpt\">").append(esc(row.excerpt())).append("</div>\n");
        }
        if (!row.legalBasis().isEmpty()) {
            h.append("<div class=\"small\">").append(esc(ReportText.get("col.basis"))).append("：")
                    .append(esc(row.legalBasis())).append("</div>\n");
        }
        if (!row.fix().isEmpty()) {
            h.append("<div class=\"small\">").append(esc(ReportText.get("col.fix"))).append("：").append(esc(row.fix()))
                    .append("</div>\n");
        }
        h.append("</div>\n");
    }

    /** 新增 / 持续 n 天 / 超期 n 天 / 已整改. */
    static String state(Row row) {
        if (row.closedOn() != null) {
            return ReportText.get("value.rectified");
        }
        if (row.fresh()) {
            return ReportText.get("value.new");
        }
        return row.overdue() ? ReportText.get("value.overdue", row.ageDays()) : ReportText.get("value.carried", row.ageDays());
    }

    private static void rectified(StringBuilder h, UnitReport r) {
        h.append("<h2>").append(esc(ReportText.get("section.rectified"))).append("（").append(r.rectifiedRows().size())
                .append("）</h2>\n");
        if (r.rectifiedRows().isEmpty()) {
            h.append("<p>").append(esc(ReportText.get("value.none"))).append("</p>\n");
            return;
        }
        h.append("<ul class=\"items\" id=\"rectified\">\n");
        for (Row row : r.rectifiedRows()) {
            item(h, row, ReportText.get("col.firstSeen") + " " + row.firstSeen());
        }
        h.append("</ul>\n");
    }

    private static void coverage(StringBuilder h, UnitReport r) {
        h.append("<h2>").append(esc(ReportText.get("section.coverage"))).append("</h2>\n<ul id=\"coverage\">\n");
        if (r.coverage().isEmpty()) {
            h.append("<li>").append(esc(ReportText.get("coverage.none"))).append("</li>\n");
        }
        for (String n : r.coverage()) {
            h.append("<li>").append(esc(n)).append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private static void th(StringBuilder h, String key) {
        h.append("<th>").append(esc(ReportText.get(key))).append("</th>");
    }

    private static String tag(Severity s) {
        return "<span class=\"tag " + s.name() + "\">" + esc(s.label()) + "</span>";
    }

    static String color(Severity s) {
        return switch (s) {
            case RED -> "#c9302c";
            case ORANGE -> "#ec971f";
            case YELLOW -> "#d4b106";
        };
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /** Escapes text for element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // control characters (except tab/newline) and bidi overrides would garble or disguise text
                    if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x202A && c <= 0x202E)
                            || (c >= 0x2066 && c <= 0x2069)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
