package casecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.assemble.DossierAssembler;
import casecheck.check.FactSet;
import casecheck.export.ExportTables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI reads a dossier's documents concurrently; the facts must be exactly those of a sequential read. */
class ParallelReadTest {

    @TempDir
    Path tmp;

    @Test
    void concurrentReadGivesTheSameFactsInTheSameOrder() throws Exception {
        Path d = Files.createDirectories(tmp.resolve("A3201052026110003"));
        Files.writeString(d.resolve("1讯问笔录.txt"), Transcripts.SIGNED, StandardCharsets.UTF_8);
        Files.writeString(d.resolve("2讯问笔录.txt"), Transcripts.PAGE_ONE_UNSIGNED, StandardCharsets.UTF_8);
        Files.writeString(d.resolve("3告知书.txt"), Transcripts.RIGHTS_NOTICE, StandardCharsets.UTF_8);
        Files.write(d.resolve("4损坏.docx"), "PK\u0003\u0004broken".getBytes(StandardCharsets.UTF_8));
        Files.write(d.resolve("5空.pdf"), new byte[0]);
        DossierAssembler assembler = new DossierAssembler();
        FactSet sequential = assembler.assemble(d, ExportTables.empty());
        for (int readers : new int[] {2, 3, 8}) {
            FactSet concurrent = assembler.assemble(d, ExportTables.empty(), readers);
            assertThat(concurrent.documents()).isEqualTo(sequential.documents());
            assertThat(concurrent.facts()).isEqualTo(sequential.facts());
        }
        assertThat(sequential.documents()).hasSize(5);
    }
}
