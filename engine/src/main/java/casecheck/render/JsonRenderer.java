package casecheck.render;

import static casecheck.render.Labels.m;

import casecheck.check.CheckResult;
import casecheck.check.Finding;
import casecheck.check.NotEvaluated;
import casecheck.check.RuleInfo;
import casecheck.facts.DossierDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * JSON in the schema documented in {@code cli/README.md} ("JSON 输出格式"). {@link #SCHEMA_VERSION} changes only when
 * a field is removed or changes meaning; adding a field keeps the version.
 */
final class JsonRenderer implements FindingsRenderer {

    /** Version of the documented schema. */
    static final int SCHEMA_VERSION = 1;

    @Override
    public String name() { return "json"; }

    @Override
    public String extension() { return "json"; }

    @Override
    public boolean binary() { return false; }

    @Override
    public void render(CheckResult result, RenderContext ctx, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonWriter j = new JsonWriter(w);
        ResultSummary s = ResultSummary.of(result);
        j.beginObject()
                .field("schemaVersion", SCHEMA_VERSION)
                .field("generator", ctx.generator())
                .field("subject", m(result.subject()))
                .field("asOf", ctx.asOf() == null ? null : ctx.asOf().date().toString())
                .field("minSeverity", lower(ctx.minSeverity()));
        j.name("summary").beginObject()
                .field("findings", s.findings()).field("red", s.red()).field("orange", s.orange())
                .field("yellow", s.yellow()).field("needsReview", s.needsReview())
                .field("documents", s.documents()).field("documentsChecked", s.checked())
                .field("documentsUnreadable", s.unreadable()).field("documentsNeedingReview", s.documentsNeedingReview())
                .field("rulesNotEvaluated", s.rulesNotEvaluated())
                .field("text", s.line())
                .endObject();
        j.name("findings").beginArray();
        for (Finding f : result.findings()) {
            Optional<RuleInfo> rule = ctx.rule(f.ruleId());
            j.beginObject()
                    .field("ruleId", f.ruleId())
                    .field("title", m(f.title()))
                    .field("family", f.family())
                    .field("severity", lower(f.severity()))
                    .field("kind", lower(f.kind()))
                    .field("caseId", m(f.caseId()))
                    .field("unitCode", f.unitCode())
                    .field("officer", m(f.officer()))
                    .field("document", m(f.document()))
                    .field("page", f.page())
                    .field("line", f.line())
                    .field("excerpt", m(f.excerpt()))
                    .field("message", m(f.message()))
                    .field("legalBasis", m(f.legalBasis()))
                    .field("fix", rule.map(RuleInfo::fix).map(Labels::m).orElse(null))
                    .field("fingerprint", f.fingerprint())
                    .endObject();
        }
        j.endArray();
        j.name("documents").beginArray();
        for (DossierDocument d : result.documents()) {
            j.beginObject()
                    .field("path", m(d.path()))
                    .field("type", d.type() == null ? null : d.type().name())
                    .field("typeText", d.type() == null ? null : d.type().label())
                    .field("title", m(d.title()))
                    .field("outcome", lower(d.outcome()))
                    .field("reason", d.reason() == null ? null : d.reason().name())
                    .field("reasonText", d.reason() == null ? null : d.reason().label())
                    .field("detail", d.detail() == null ? null : m(d.detail()))
                    .field("pages", d.pages())
                    .field("characters", d.characters())
                    .field("sha256", d.sha256())
                    .endObject();
        }
        j.endArray();
        j.name("notEvaluated").beginArray();
        for (NotEvaluated ne : result.notEvaluated()) {
            j.beginObject()
                    .field("ruleId", ne.ruleId())
                    .field("title", ctx.rule(ne.ruleId()).map(RuleInfo::title).map(Labels::m).orElse(null))
                    .field("caseId", ne.caseId() == null ? null : m(ne.caseId()))
                    .field("lackOf", m(ne.lackOf()))
                    .endObject();
        }
        j.endArray();
        j.endObject();
        j.flush();
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
