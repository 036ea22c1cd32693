package casecheck.batch;

import casecheck.batch.nightly.CheckEngine;
import casecheck.batch.nightly.EngineException;
import casecheck.batch.nightly.LoadedExport;
import casecheck.check.CheckResult;
import casecheck.check.Checker;
import casecheck.check.FactSet;
import casecheck.check.Finding;
import casecheck.check.FindingKind;
import casecheck.check.NotEvaluated;
import casecheck.facts.AsOf;
import casecheck.facts.DataCoverage;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DossierDocument;
import casecheck.facts.InputTable;
import casecheck.facts.OutcomeReason;
import casecheck.facts.Severity;
import casecheck.facts.Unit;
import casecheck.facts.UnitLevel;
import casecheck.privacy.Masker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A fast, deterministic engine for the batch tests: dossiers are folders of text files whose lines script the
 * outcome. {@code FINDING RULE SEVERITY PAGE EXCERPT} fires a rule; {@code DEADLINE RULE yyyy-mm-dd} fires once
 * the as-of date is after the date; a file starting with {@code UNREADABLE} or {@code SCAN} is unreadable or
 * needs review; a dossier with a file named {@code BROKEN} cannot be opened. Tables: {@code units.csv}
 * (code,name,parent), {@code cases.csv} (case,unit), {@code alerts.csv} (alert,rule,severity,unit; the alert
 * table is missing when the file is). System property {@code scripted.delayMs} slows every dossier down.
 */
public class ScriptedEngine implements CheckEngine {

    /** How many dossiers were assembled (not served from the fact cache) in this JVM. */
    public static final AtomicInteger ASSEMBLED = new AtomicInteger();

    record Tables(List<Unit> units, Map<String, String> caseUnits, List<String[]> alerts, DataCoverage coverage)
            implements LoadedExport {
        @Override public List<String> warnings() { return List.of(); }
        @Override public String unitOf(String caseId) { return caseUnits.get(caseId); }
        @Override public String tableSliceKey(String caseId) { return String.valueOf(caseUnits.get(caseId)); }
    }

    @Override
    public LoadedExport load(Path exportDir) throws EngineException {
        if (!Files.isDirectory(exportDir)) {
            throw new EngineException("导出目录不存在：" + exportDir);
        }
        List<Unit> units = new ArrayList<>();
        for (String[] r : rows(exportDir.resolve("units.csv"))) {
            units.add(new Unit(r[0], r[1], r.length > 2 && !r[2].isEmpty() ? r[2] : null, UnitLevel.POLICE_STATION,
                    null, null, null, null, null, null));
        }
        Map<String, String> caseUnits = new HashMap<>();
        rows(exportDir.resolve("cases.csv")).forEach(r -> caseUnits.put(r[0], r[1]));
        Set<InputTable> tables = EnumSet.of(InputTable.UNITS, InputTable.CASES);
        if (Files.exists(exportDir.resolve("alerts.csv"))) {
            tables.add(InputTable.ALERTS);
        }
        return new Tables(units, caseUnits, rows(exportDir.resolve("alerts.csv")), new DataCoverage(tables, true));
    }

    @Override
    public List<Path> dossiers(Path exportDir) {
        Path root = exportDir.resolve("卷宗");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String caseIdOf(Path dossier) {
        return dossier.getFileName().toString();
    }

    @Override
    public FactSet assemble(Path dossier, LoadedExport export) throws EngineException {
        ASSEMBLED.incrementAndGet();
        long delay = Long.getLong("scripted.delayMs", 0);
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String caseId = caseIdOf(dossier);
        if (Files.exists(dossier.resolve("BROKEN"))) {
            throw new EngineException("卷宗无法打开：" + dossier + "（嫌疑人 110105194912310021）");
        }
        List<DossierDocument> docs = new ArrayList<>();
        List<Object> facts = new ArrayList<>();
        try (Stream<Path> s = Files.list(dossier)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                byte[] bytes = Files.readAllBytes(f);
                String text = new String(bytes, StandardCharsets.UTF_8);
                String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
                String docId = sha(caseId + "|" + name);
                if (text.startsWith("UNREADABLE")) {
                    docs.add(new DossierDocument(caseId, docId, name, null, null, DocumentOutcome.UNREADABLE,
                            OutcomeReason.DOCUMENT_CORRUPT, "文件已损坏", 0, 0, sha));
                    continue;
                }
                if (text.startsWith("SCAN")) {
                    docs.add(new DossierDocument(caseId, docId, name, null, null, DocumentOutcome.NEEDS_REVIEW,
                            OutcomeReason.NEEDS_OCR, "无文字层", 1, 0, sha));
                    continue;
                }
                docs.add(new DossierDocument(caseId, docId, name, null, null, DocumentOutcome.CHECKED,
                        OutcomeReason.NONE, null, 1, text.length(), sha));
                for (String line : text.split("\n")) {
                    String[] p = line.strip().split(" ", 5);
                    if (p[0].equals("FINDING")) {
                        facts.add(new ScriptedFact(caseId, name, p[1], p[2], Integer.valueOf(p[3]),
                                p.length > 4 ? p[4] : "", null));
                    } else if (p[0].equals("DEADLINE")) {
                        facts.add(new ScriptedFact(caseId, "案件", p[1], "ORANGE", null, "期限 " + p[2],
                                LocalDate.parse(p[2])));
                    }
                }
            }
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new EngineException("卷宗无法读取：" + e.getMessage(), e);
        }
        return new FactSet(caseId, facts, docs, export.coverage());
    }

    @Override
    public FactSet alerts(LoadedExport export) {
        List<Object> facts = new ArrayList<>();
        for (String[] a : ((Tables) export).alerts()) {
            facts.add(new ScriptedFact(a[0], "警情", a[1], a[2], null, a.length > 3 ? a[3] : "", null));
        }
        return new FactSet("警情", facts, List.of(), export.coverage());
    }

    @Override
    public CheckResult check(FactSet facts, AsOf asOf) {
        List<Finding> findings = new ArrayList<>();
        for (Object o : facts.facts()) {
            if (o instanceof ScriptedFact f && (f.deadline() == null || asOf.date().isAfter(f.deadline()))) {
                String unit = f.document().equals("警情") ? f.excerpt() : null;
                findings.add(new Finding(f.ruleId(), "规则 " + f.ruleId(), "TEST", Severity.valueOf(f.severity()),
                        FindingKind.VIOLATION, f.caseId(), unit, null, f.document(), f.page(), null, f.excerpt(),
                        "问题 " + f.ruleId(), "测试依据",
                        Checker.fingerprint(f.ruleId(), f.caseId(), f.document(), f.page(), f.excerpt())));
            }
        }
        List<NotEvaluated> ne = new ArrayList<>();
        if (!facts.coverage().has(InputTable.PERSONS) && !facts.subject().equals("警情")) {
            ne.add(new NotEvaluated("PE-03", facts.subject(), "人员表"));
        }
        return new CheckResult(facts.subject(), findings, ne, facts.documents());
    }

    @Override
    public List<NotEvaluated> notEvaluable(DataCoverage coverage) {
        return coverage.has(InputTable.ALERTS) ? List.of() : List.of(new NotEvaluated("AL-01", null, "警情表"));
    }

    @Override
    public String mask(String text) {
        return Masker.mask(text);
    }

    @Override
    public String factModelVersion() {
        return "scripted-1";
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String[]> rows(Path csv) {
        if (!Files.exists(csv)) {
            return List.of();
        }
        try {
            return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
