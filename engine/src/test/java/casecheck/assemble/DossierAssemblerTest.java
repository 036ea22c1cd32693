package casecheck.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import casecheck.check.FactSet;
import casecheck.export.ExportTables;
import casecheck.facts.CaseFile;
import casecheck.facts.CaseRegistration;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DocumentType;
import casecheck.facts.DossierDocument;
import casecheck.facts.OutcomeReason;
import casecheck.facts.Transcript;
import casecheck.testing.Docs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierAssemblerTest {

    private static final DossierAssembler ASSEMBLER = new DossierAssembler();
    private static final String REGISTRATION = "受案登记表\n案由：盗窃\n报案人：李四\n报案时间：2026年11月2日21时10分\n"
            + "受案时间：2026年11月2日22时00分\n案件类别：刑事";

    static String transcript() throws IOException {
        try (InputStream in = DossierAssemblerTest.class.getResourceAsStream(
                "/casecheck/transcripts/v01-criminal-first.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, byte[]> documents() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("01-讯问笔录.txt", transcript().getBytes(Charset.forName("GBK")));
        m.put("02-权利义务告知书.pdf", Docs.pdf("secret", "犯罪嫌疑人诉讼权利义务告知书"));
        m.put("03-扫描件.pdf", Docs.pdf(null, "询问笔录\n问：你好\n答：好", null));
        m.put("04-受案登记表.docx", Docs.docx(REGISTRATION));
        m.put("05-空文件.txt", new byte[0]);
        m.put("子目录/06-其他.txt", "情况说明\n经查，嫌疑人已到案。".getBytes(StandardCharsets.UTF_8));
        return m;
    }

    @Test
    void everyDocumentHasExactlyOneOutcome(@TempDir Path tmp) throws Exception {
        Path dossier = tmp.resolve("A2026001");
        for (Map.Entry<String, byte[]> e : documents().entrySet()) {
            Path p = dossier.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        Files.createSymbolicLink(dossier.resolve("07-链接.txt"), Path.of("/etc/hostname"));
        boolean fifo = new ProcessBuilder("mkfifo", dossier.resolve("08-管道").toString()).start().waitFor() == 0;

        FactSet facts = ASSEMBLER.assemble(dossier, ExportTables.empty());

        Map<String, OutcomeReason> reasons = facts.documents().stream()
                .collect(Collectors.toMap(DossierDocument::path, DossierDocument::reason));
        assertThat(facts.documents()).hasSize(fifo ? 8 : 7);
        assertThat(reasons).containsEntry("01-讯问笔录.txt", OutcomeReason.NONE)
                .containsEntry("02-权利义务告知书.pdf", OutcomeReason.ENCRYPTED_DOCUMENT)
                .containsEntry("03-扫描件.pdf", OutcomeReason.NEEDS_OCR)
                .containsEntry("04-受案登记表.docx", OutcomeReason.NONE)
                .containsEntry("05-空文件.txt", OutcomeReason.EMPTY_FILE)
                .containsEntry("子目录/06-其他.txt", OutcomeReason.NONE)
                .containsEntry("07-链接.txt", OutcomeReason.SKIPPED_LINK);
        if (fifo) {
            assertThat(reasons).containsEntry("08-管道", OutcomeReason.SKIPPED_SPECIAL_FILE);
        }
        assertThat(facts.documents()).filteredOn(d -> d.path().equals("03-扫描件.pdf"))
                .extracting(DossierDocument::outcome).containsExactly(DocumentOutcome.NEEDS_REVIEW);
        assertThat(facts.documents()).filteredOn(d -> d.path().equals("01-讯问笔录.txt"))
                .extracting(DossierDocument::type).containsExactly(DocumentType.INTERROGATION_RECORD);

        List<Transcript> transcripts = facts.facts().stream().filter(Transcript.class::isInstance)
                .map(Transcript.class::cast).toList();
        assertThat(transcripts).hasSize(1);
        assertThat(transcripts.get(0).subject().name()).isEqualTo("赵大伟");
        assertThat(transcripts.get(0).path()).isEqualTo("01-讯问笔录.txt");

        CaseFile c = facts.facts().stream().filter(CaseFile.class::isInstance).map(CaseFile.class::cast)
                .findFirst().orElseThrow();
        assertThat(c.fromDocuments()).isTrue();
        assertThat(c.caseId()).isEqualTo("A2026001");
        assertThat(c.acceptTime()).hasToString("2026-11-02T22:00");
        assertThat(facts.facts()).filteredOn(CaseRegistration.class::isInstance).hasSize(1);
        assertThat(facts.coverage().documents()).isTrue();
        assertThat(facts.coverage().tables()).isEmpty();
    }

    @Test
    void zippedDossierWithGbkNamesGivesTheSameOutcomes(@TempDir Path tmp) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        documents().forEach((k, v) -> entries.put("A2026002/" + k, v));
        entries.put("A2026002/../逃逸.txt", "x".getBytes(StandardCharsets.UTF_8));
        Path zip = tmp.resolve("A2026002.zip");
        Files.write(zip, Docs.zip(Charset.forName("GBK"), entries));

        FactSet facts = ASSEMBLER.assemble(zip, ExportTables.empty());

        assertThat(facts.subject()).isEqualTo("A2026002");
        Map<String, OutcomeReason> reasons = facts.documents().stream()
                .collect(Collectors.toMap(DossierDocument::path, DossierDocument::reason));
        assertThat(reasons).hasSize(7).containsEntry("01-讯问笔录.txt", OutcomeReason.NONE)
                .containsEntry("02-权利义务告知书.pdf", OutcomeReason.ENCRYPTED_DOCUMENT)
                .containsEntry("03-扫描件.pdf", OutcomeReason.NEEDS_OCR)
                .containsEntry("子目录/06-其他.txt", OutcomeReason.NONE)
                .containsEntry("../逃逸.txt", OutcomeReason.UNSAFE_PATH);
        assertThat(Files.exists(tmp.resolve("逃逸.txt"))).isFalse();
    }

    @Test
    void aMissingOrCorruptDossierIsADossierError(@TempDir Path tmp) throws Exception {
        assertThatThrownBy(() -> ASSEMBLER.assemble(tmp.resolve("nope"), ExportTables.empty()))
                .isInstanceOf(DossierException.class).hasMessageContaining("卷宗不存在");
        Path bad = tmp.resolve("B1.zip");
        Files.writeString(bad, "not a zip");
        assertThatThrownBy(() -> ASSEMBLER.assemble(bad, ExportTables.empty()))
                .isInstanceOf(DossierException.class).hasMessageContaining("压缩包");
    }

    @Test
    void eightThreadsGiveTheSameFactsAsOne(@TempDir Path tmp) throws Exception {
        Path dossier = tmp.resolve("A2026003");
        for (Map.Entry<String, byte[]> e : documents().entrySet()) {
            Path p = dossier.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        Files.write(dossier.resolve("09-询问笔录.txt"), Files.readAllBytes(
                Path.of(DossierAssemblerTest.class.getResource("/casecheck/transcripts/v04-witness-table-header.txt").toURI())));
        FactSet single = ASSEMBLER.assemble(dossier, ExportTables.empty());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<FactSet>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> new DossierAssembler().assemble(dossier, ExportTables.empty())));
            }
            for (Future<FactSet> f : runs) {
                assertThat(f.get()).isEqualTo(single);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
