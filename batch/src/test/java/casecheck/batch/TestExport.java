package casecheck.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds small exports for the scripted engine. */
public final class TestExport {

    private final Path root;

    public TestExport(Path root) {
        this.root = root;
        file("units.csv", "U1,一所,\nU2,二所,U1\n");
    }

    public Path root() { return root; }

    public TestExport file(String rel, String content) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestExport dossier(String caseId, String fileName, String content) {
        return file("卷宗/" + caseId + "/" + fileName, content);
    }

    public TestExport delete(String rel) {
        try {
            Files.deleteIfExists(root.resolve(rel));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A standard night-1 export: three dossiers with findings, one unreadable document, alerts. */
    public static TestExport night1(Path dir) {
        return new TestExport(dir)
                .file("cases.csv", "A001,U1\nA002,U2\nA003,U1\n")
                .file("alerts.csv", "J001,AL-01,RED,U1\nJ002,AL-02,YELLOW,U2\n")
                .dossier("A001", "讯问笔录.txt", "笔录\nFINDING TX-01 RED 2 第2页未签名\nFINDING TX-03 ORANGE 3 末页无确认\n")
                .dossier("A001", "告知书.txt", "告知书\nFINDING RI-01 ORANGE 1 缺少告知\n")
                .dossier("A002", "询问笔录.txt", "笔录\nFINDING LO-01 RED 1 地点不符\nDEADLINE DL-01 2026-11-20\n")
                .dossier("A002", "扫描件.pdf", "SCAN")
                .dossier("A003", "笔录.txt", "FINDING TX-02 YELLOW 1 未捺指印\n")
                .dossier("A003", "损坏.docx", "UNREADABLE");
    }
}
