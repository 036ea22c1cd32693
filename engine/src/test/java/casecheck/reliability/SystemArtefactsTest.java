package casecheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.check.FactSet;
import casecheck.export.ExportLayout;
import casecheck.export.ExportTables;
import casecheck.extract.SystemArtefacts;
import casecheck.facts.DossierDocument;
import casecheck.facts.OutcomeReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that macOS, Windows and office programs leave beside documents are not documents of the dossier: a dossier
 * copied from a Mac, browsed in Explorer or exported while a document was open in Word checks exactly like the clean
 * one, folder or zip, and an export zipped on a Mac is still found.
 */
class SystemArtefactsTest {

    private static final Path SAMPLE = Path.of("../samples/export/卷宗/A3399215300002026000003");

    @TempDir
    Path dir;

    @Test
    void namesTheArtefactsAndNothingElse() {
        assertThat(List.of(".DS_Store", "sub/.DS_Store", "Thumbs.db", "THUMBS.DB", "ehthumbs.db", "Desktop.ini",
                "._01受案登记表.docx", "~$受案登记表.docx", "~$讯问笔录.docx", ".~lock.讯问笔录.docx#",
                "__MACOSX/A1/._x.docx", "__MACOSX", "a\\__MACOSX\\b.pdf"))
                .allMatch(SystemArtefacts::isArtefact);
        assertThat(List.of("01受案登记表.docx", "~讯问笔录.docx", "_说明.txt", ".隐藏笔录.docx", "Thumbs.db.docx",
                "desktop.ini.txt", "MACOSX/笔录.pdf", "讯问笔录$.docx", ".~lock.讯问笔录.docx", ""))
                .noneMatch(SystemArtefacts::isArtefact);
    }

    @Test
    void aDossierFolderWithArtefactsChecksLikeTheCleanOne() throws Exception {
        Path clean = copy(SAMPLE, dir.resolve("clean/A3399215300002026000003"));
        Path messy = copy(SAMPLE, dir.resolve("messy/A3399215300002026000003"));
        for (Map.Entry<String, byte[]> e : artefacts().entrySet()) {
            Path p = messy.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        FactSet expected = DossierProbe.assembler().assemble(clean, null);
        FactSet actual = DossierProbe.assembler().assemble(messy, null);
        assertThat(expected.documents()).hasSize(10).allMatch(d -> d.reason() == OutcomeReason.NONE);
        assertThat(paths(actual)).isEqualTo(paths(expected));
        assertThat(actual.documents()).allMatch(d -> d.reason() == OutcomeReason.NONE);
        assertThat(actual.facts().size()).isEqualTo(expected.facts().size());
    }

    @Test
    void aDossierZippedOnAMacChecksLikeTheFolder() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(SAMPLE)) {
            for (Path p : s.sorted().toList()) {
                String name = "A3399215300002026000003/" + p.getFileName();
                entries.put(name, Files.readAllBytes(p));
                // Archive Utility adds an AppleDouble twin of every file under __MACOSX/.
                entries.put("__MACOSX/A3399215300002026000003/._" + p.getFileName(), appleDouble());
            }
        }
        entries.put("A3399215300002026000003/.DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
        Path zip = dir.resolve("A3399215300002026000003.zip");
        Files.write(zip, HostileFiles.zip(entries));
        FactSet zipped = DossierProbe.assembler().assemble(zip, null);
        FactSet folder = DossierProbe.assembler().assemble(SAMPLE, null);
        // Same documents under the same paths: the case folder inside the zip is still recognised as its root.
        assertThat(paths(zipped)).isEqualTo(paths(folder));
        assertThat(zipped.documents()).allMatch(d -> d.reason() == OutcomeReason.NONE);
    }

    @Test
    void anExportZippedOnAMacIsFoundAndItsArtefactsAreNotDossiers() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("导出20261122/案件.csv", "案件编号,案件名称\nA1,测试案\n".getBytes(StandardCharsets.UTF_8));
        entries.put("导出20261122/卷宗/A1/讯问笔录.txt", HostileFiles.goodTxt());
        entries.put("导出20261122/卷宗/.DS_Store", new byte[] {0, 0, 0, 1});
        entries.put("__MACOSX/导出20261122/._案件.csv", appleDouble());
        entries.put("__MACOSX/导出20261122/卷宗/A1/._讯问笔录.txt", appleDouble());
        Path zip = dir.resolve("export.zip");
        Files.write(zip, HostileFiles.zip(entries));
        List<Path> dossiers = ExportLayout.dossiers(zip);
        assertThat(dossiers).extracting(ExportLayout::caseIdOf).containsExactly("A1");

        Path folder = dir.resolve("export");
        Files.createDirectories(folder.resolve("卷宗/A2"));
        Files.createDirectories(folder.resolve("卷宗/__MACOSX/A2"));
        Files.write(folder.resolve("卷宗/A2/讯问笔录.txt"), HostileFiles.goodTxt());
        Files.write(folder.resolve("卷宗/__MACOSX/A2/._讯问笔录.txt"), appleDouble());
        assertThat(ExportLayout.dossiers(folder)).extracting(ExportLayout::caseIdOf).containsExactly("A2");
    }

    @Test
    void anOwnerFileBesideAnOpenTableIsNotATable() throws Exception {
        Path export = dir.resolve("export");
        Files.createDirectories(export);
        Files.copy(Path.of("../samples/export/案件.xlsx"), export.resolve("案件.xlsx"));
        // Excel's owner file: 165 bytes holding the user name, named after the open workbook.
        byte[] owner = new byte[165];
        owner[0] = 7;
        Files.write(export.resolve("~$案件.xlsx"), owner);
        ExportTables withOwner = ExportTables.load(export);
        Files.delete(export.resolve("~$案件.xlsx"));
        ExportTables clean = ExportTables.load(export);
        assertThat(clean.cases()).isNotEmpty();
        assertThat(withOwner.cases()).isEqualTo(clean.cases());
        assertThat(withOwner.warnings()).isEqualTo(clean.warnings());
    }

    private static Map<String, byte[]> artefacts() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put(".DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
        m.put("Thumbs.db", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1});
        m.put("desktop.ini", "[.ShellClassInfo]\r\nIconResource=x\r\n".getBytes(StandardCharsets.US_ASCII));
        m.put("~$受案登记表.docx", new byte[162]);
        m.put("._01受案登记表.docx", appleDouble());
        m.put("__MACOSX/._笔录9.pdf", appleDouble());
        return m;
    }

    /** The AppleDouble header macOS writes for resource forks and extended attributes. */
    private static byte[] appleDouble() {
        byte[] b = new byte[82];
        byte[] head = {0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c', ' ', 'O', 'S', ' ', 'X'};
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    private static List<String> paths(FactSet fs) {
        return fs.documents().stream().map(DossierDocument::path).toList();
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }
}
