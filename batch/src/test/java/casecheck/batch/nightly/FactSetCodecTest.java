package casecheck.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.check.FactSet;
import casecheck.facts.CaseCategory;
import casecheck.facts.CaseFile;
import casecheck.facts.DataCoverage;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DossierDocument;
import casecheck.facts.InputTable;
import casecheck.facts.Locator;
import casecheck.facts.Mediability;
import casecheck.facts.OffenceGroup;
import casecheck.facts.OutcomeReason;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactSetCodecTest {

    private final FactSetCodec codec = new FactSetCodec();

    @Test
    void factsSurviveTheCacheUnchanged() {
        DataCoverage coverage = new DataCoverage(EnumSet.of(InputTable.CASES, InputTable.PERSONS), true);
        DossierDocument doc = new DossierDocument("A1", "d1", "讯问笔录.docx", null, "讯问笔录", DocumentOutcome.CHECKED,
                OutcomeReason.NONE, null, 3, 1200, "ab");
        CaseFile c = new CaseFile("A1", CaseCategory.values()[0], "盗窃", "U1", "张警官", List.of("李警官"),
                LocalDateTime.of(2026, 11, 1, 9, 30), null, null, Boolean.TRUE, null, null, "立案", null, null,
                new BigDecimal("1234.50"), Set.of(OffenceGroup.values()[0]), Mediability.UNKNOWN, false, true, false,
                Locator.of("案件", null, null, "A1"));
        FactSet facts = new FactSet("A1", List.of(c, doc, coverage), List.of(doc), coverage);
        String payload = codec.encode(facts).orElseThrow();
        assertThat(codec.decode(payload)).contains(facts);
    }

    @Test
    void everySampleDossierSurvivesTheCacheUnchanged() throws Exception {
        Path export = Path.of(System.getProperty("casecheck.samples", "../samples/export")).toAbsolutePath();
        EngineCheckEngine engine = new EngineCheckEngine();
        LoadedExport tables = engine.load(export);
        List<Path> dossiers = engine.dossiers(export);
        assertThat(dossiers).hasSizeGreaterThan(30);
        Set<String> factTypes = new java.util.TreeSet<>();
        for (Path dossier : dossiers) {
            FactSet facts = engine.assemble(dossier, tables);
            facts.facts().forEach(f -> factTypes.add(f.getClass().getSimpleName()));
            String payload = codec.encode(facts).orElseThrow();
            assertThat(codec.decode(payload)).as(dossier.getFileName().toString()).contains(facts);
        }
        FactSet alerts = engine.alerts(tables);
        assertThat(codec.decode(codec.encode(alerts).orElseThrow())).contains(alerts);
        // The samples exercise the fact types a dossier produces; a new type must be covered here too.
        assertThat(factTypes).contains("CaseFile", "CaseReceipt", "CaseRegistration", "DataCoverage",
                "DetentionWarrant", "DossierDocument", "FilingDecision", "Measure", "MediationAgreement", "Person",
                "RightsNotice", "SummonsCertificate", "Transcript", "Venue");
    }

    @Test
    void onlyCasecheckRecordsAreReadBack() {
        DataCoverage coverage = new DataCoverage(Set.of(), true);
        FactSet facts = new FactSet("A1", List.of(coverage), List.of(), coverage);
        String payload = codec.encode(facts).orElseThrow();
        String tampered = java.util.Base64.getEncoder().encodeToString(gzip(
                "{\"subject\":\"A1\",\"coverage\":{\"tables\":[],\"documents\":true},\"documents\":[],"
                        + "\"facts\":[{\"t\":\"java.io.File\",\"v\":\"/etc/passwd\"}]}"));
        assertThat(codec.decode(tampered)).isEmpty();
        assertThat(codec.decode(payload)).isPresent();
        assertThat(codec.encode(new FactSet("A1", List.of("not a record"), List.of(), coverage))).isEmpty();
    }

    private static byte[] gzip(String s) {
        try {
            var bytes = new java.io.ByteArrayOutputStream();
            try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
                out.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
