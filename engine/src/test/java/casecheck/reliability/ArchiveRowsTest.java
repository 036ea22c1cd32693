package casecheck.reliability;

import static casecheck.reliability.HostileFiles.goodTxt;
import static casecheck.reliability.HostileFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import casecheck.assemble.DossierException;
import casecheck.export.ExportLayout;
import casecheck.extract.SafeZip;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DossierDocument;
import casecheck.facts.OutcomeReason;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Reliability-checklist §2.A: containers, archives and the file system, through the real assembler. */
class ArchiveRowsTest {

    @TempDir
    Path dir;

    private static Map<String, byte[]> entries(Object... nameThenBytes) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBytes.length; i += 2) {
            m.put((String) nameThenBytes[i], (byte[]) nameThenBytes[i + 1]);
        }
        return m;
    }

    private static List<Path> snapshot(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.sorted().toList();
        }
    }

    @Test
    @Tag("A1")
    @DisplayName("A1 zip slip: unsafe entry names are rejected, the rest is read, nothing is written")
    void a1ZipSlipInADossier() throws Exception {
        String canary = "casecheck-slip-" + UUID.randomUUID();
        Map<String, byte[]> m = entries(
                "../../" + canary + ".txt", goodTxt(),
                "/tmp/" + canary + "-abs.txt", goodTxt(),
                "..\\..\\" + canary + "-win.txt", goodTxt(),
                "C:\\" + canary + "-drive.txt", goodTxt(),
                "C:" + canary + "-driverel.txt", goodTxt(),
                "a/\u0000b.txt", goodTxt(),
                "正常.txt", goodTxt());
        Path zip = dir.resolve("A1-SLIP.zip");
        Files.write(zip, HostileFiles.zip(m));
        List<Path> before = snapshot(dir);
        List<String> expected = m.keySet().stream().map(n -> n.replace('\\', '/')).toList();

        DossierProbe.Outcomes o = DossierProbe.assemble(zip, expected);

        for (String n : expected) {
            assertThat(o.reason(n)).as(n).isEqualTo(n.equals("正常.txt") ? OutcomeReason.NONE : OutcomeReason.UNSAFE_PATH);
        }
        assertThat(snapshot(dir)).isEqualTo(before);
        assertNoCanaryAnywhere(canary);
    }

    @Test
    @Tag("A1")
    @DisplayName("A1 zip slip: unpacking a zipped export never writes outside its private folder")
    void a1ZipSlipInAZippedExport() throws Exception {
        String canary = "casecheck-slip-" + UUID.randomUUID();
        Map<String, byte[]> m = entries(
                "卷宗/A1-EXP/../../../../" + canary + ".txt", goodTxt(),
                "../" + canary + "-up.txt", goodTxt(),
                "/tmp/" + canary + "-abs.txt", goodTxt(),
                "..\\" + canary + "-win.txt", goodTxt(),
                "卷宗/A1-EXP/正常.txt", goodTxt());
        Path zip = dir.resolve("export.zip");
        Files.write(zip, HostileFiles.zip(m));

        List<Path> dossiers = ExportLayout.dossiers(zip);

        assertThat(dossiers).extracting(ExportLayout::caseIdOf).containsExactly("A1-EXP");
        Path unpacked = dossiers.get(0);
        assertThat(unpacked.toRealPath().toString()).doesNotStartWith(dir.toRealPath().toString());
        try (Stream<Path> s = Files.walk(unpacked.getParent().getParent())) {
            assertThat(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactly("正常.txt");
        }
        assertThat(Files.getPosixFilePermissions(unpacked.getParent().getParent()))
                .as("the private folder is owner-only").hasSize(3);
        assertNoCanaryAnywhere(canary);
        DossierProbe.assemble(unpacked, List.of("正常.txt"));
    }

    /** The canary names must exist nowhere a traversal could have put them. */
    private void assertNoCanaryAnywhere(String canary) throws IOException {
        List<Path> bases = new ArrayList<>();
        for (Path p = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath(); p != null; p = p.getParent()) {
            bases.add(p);
        }
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            bases.add(p);
        }
        bases.add(Path.of("").toAbsolutePath());
        bases.add(Path.of("/tmp"));
        for (Path b : bases) {
            if (!Files.isDirectory(b)) {
                continue;
            }
            try (Stream<Path> s = Files.list(b)) {
                assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.contains(canary)))
                        .as("nothing written into %s", b).isEmpty();
            } catch (java.nio.file.AccessDeniedException ignored) {
                // a directory we cannot list is one the process could not have written to either
            }
        }
    }

    @Test
    @Tag("A2")
    @DisplayName("A2 zip bombs: one huge entry and many inflating entries stop at the limits; the rest is read")
    void a2ZipBombs() throws Exception {
        Path zip = dir.resolve("A2-BOMB.zip");
        HostileFiles.zeroBomb(zip, "炸弹.txt", 300L << 20, entries("正常.txt", goodTxt()));
        assertThat(Files.size(zip)).as("the bomb is small on disk").isLessThan(2L << 20);

        DossierProbe.Outcomes o = DossierProbe.assemble(zip, List.of("炸弹.txt", "正常.txt"));
        assertThat(o.reason("炸弹.txt")).isEqualTo(OutcomeReason.ARCHIVE_LIMIT);
        assertThat(o.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);

        Map<String, byte[]> many = new LinkedHashMap<>();
        byte[] zeros = new byte[8 << 20];
        for (int i = 0; i < 12; i++) {
            many.put("零" + i + ".txt", zeros);
        }
        many.put("正常.txt", goodTxt());
        Path zip2 = dir.resolve("A2-MANY.zip");
        Files.write(zip2, HostileFiles.zip(many));
        DossierProbe.Outcomes o2 = DossierProbe.assemble(zip2, many.keySet());
        for (String n : many.keySet()) {
            assertThat(o2.reason(n)).as(n).isEqualTo(n.equals("正常.txt") ? OutcomeReason.NONE : OutcomeReason.ARCHIVE_LIMIT);
        }
    }

    @Test
    @Tag("A2")
    @DisplayName("A2 zip bombs: total, per-entry and entry-count limits count inflated bytes")
    void a2LimitsCountInflatedBytes() throws Exception {
        SafeZip.Limits small = new SafeZip.Limits(1000, 1 << 20, 2 << 20, 100, 100 << 10);
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            m.put("块" + i + ".bin", lowRatio(700 << 10, i));
        }
        m.put("大.bin", lowRatio(1200 << 10, 9));
        List<SafeZip.Entry> read = SafeZip.read(HostileFiles.zip(m), small, n -> true);
        assertThat(read).extracting(SafeZip.Entry::problem)
                .containsExactly(null, null, OutcomeReason.ARCHIVE_LIMIT, OutcomeReason.ARCHIVE_LIMIT,
                        OutcomeReason.ARCHIVE_LIMIT, OutcomeReason.ARCHIVE_LIMIT);

        Map<String, byte[]> crowd = new LinkedHashMap<>();
        for (int i = 0; i <= 1000; i++) {
            crowd.put(i + ".txt", utf8("x"));
        }
        Path zip = dir.resolve("A2-COUNT.zip");
        Files.write(zip, HostileFiles.zip(crowd));
        assertThatThrownBy(() -> DossierProbe.assembler().assemble(zip, null))
                .isInstanceOf(DossierException.class).hasMessageContaining("A2-COUNT");
    }

    /** Bytes that deflate only about 4:1, so the ratio check stays quiet and only sizes can trip. */
    private static byte[] lowRatio(int size, long seed) {
        byte[] b = new byte[size];
        Random r = new Random(seed);
        for (int i = 0; i < size; i++) {
            b[i] = (byte) ('a' + r.nextInt(4));
        }
        return b;
    }

    @Test
    @Tag("A3")
    @DisplayName("A3 nested archives are not unpacked recursively: a zip or gzip inside a dossier is listed, not followed")
    void a3NestedArchives() throws Exception {
        byte[] inner = HostileFiles.zip(entries("正常.txt", goodTxt()));
        byte[] innerInner = HostileFiles.zip(entries("套娃.zip", inner));
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var g = new java.util.zip.GZIPOutputStream(gz)) {
            g.write(innerInner);
        }
        Map<String, byte[]> m = entries("套娃.zip", innerInner, "quine.gz", gz.toByteArray(), "正常.txt", goodTxt());
        Path zip = dir.resolve("A3-NEST.zip");
        Files.write(zip, HostileFiles.zip(m));
        DossierProbe.Outcomes o = DossierProbe.assemble(zip, m.keySet());
        assertThat(o.reason("套娃.zip")).isEqualTo(OutcomeReason.UNSUPPORTED_FORMAT);
        assertThat(o.reason("quine.gz")).isEqualTo(OutcomeReason.UNSUPPORTED_FORMAT);
        assertThat(o.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);

        Path folder = DossierProbe.folder(dir.resolve("A3-FOLDER"), m);
        DossierProbe.Outcomes f = DossierProbe.assemble(folder, m.keySet());
        assertThat(f.reason("套娃.zip")).isEqualTo(OutcomeReason.UNSUPPORTED_FORMAT);
        assertThat(f.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);
    }

    @Test
    @Tag("A4")
    @DisplayName("A4 overlapping-entry bomb: many central entries on one kernel trip the limits")
    void a4OverlappingEntries() throws Exception {
        byte[] bomb = HostileFiles.overlappingBomb(40, new byte[4 << 20], "正常.txt", goodTxt());
        Path zip = dir.resolve("A4-OVERLAP.zip");
        Files.write(zip, bomb);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            names.add(String.format("k%03d.bin", i));
        }
        names.add("正常.txt");
        try {
            DossierProbe.Outcomes o = DossierProbe.assemble(zip, names);
            for (int i = 0; i < 40; i++) {
                assertThat(o.of(names.get(i)).outcome()).isEqualTo(DocumentOutcome.UNREADABLE);
                assertThat(o.reason(names.get(i))).isIn(OutcomeReason.ARCHIVE_LIMIT, OutcomeReason.ARCHIVE_CORRUPT);
            }
            assertThat(o.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);
        } catch (DossierException rejectedAsAWhole) {
            assertThat(rejectedAsAWhole).hasMessageContaining("A4-OVERLAP");
        }

        // A kernel that compresses only ~4:1 passes the ratio check, so only the inflated total can stop it.
        byte[] lowRatioBomb = HostileFiles.overlappingBomb(20, lowRatio(400 << 10, 3), "正常.txt", goodTxt());
        SafeZip.Limits small = new SafeZip.Limits(1000, 1 << 20, 2 << 20, 100, 100 << 10);
        List<SafeZip.Entry> read = SafeZip.read(lowRatioBomb, small, n -> true);
        assertThat(read).hasSize(21);
        long inflated = read.stream().filter(e -> e.data() != null).mapToLong(e -> e.data().length).sum();
        assertThat(inflated).isLessThanOrEqualTo(2 << 20);
        assertThat(read.stream().filter(e -> e.problem() == OutcomeReason.ARCHIVE_LIMIT).count()).isGreaterThan(10);
    }

    @Test
    @Tag("A5")
    @DisplayName("A5 truncated zip: the dossier is refused with a clear error and the next dossier is unaffected")
    void a5TruncatedZip() throws Exception {
        byte[] whole = HostileFiles.zip(entries("一.txt", goodTxt(), "二.docx", HostileFiles.docx(HostileFiles.GOOD_TEXT)));
        Path cut = dir.resolve("A5-CUT.zip");
        Files.write(cut, HostileFiles.truncate(whole, 0.5));
        assertThatThrownBy(() -> DossierProbe.assembler().assemble(cut, null))
                .isInstanceOf(DossierException.class).hasMessageContaining("A5-CUT");

        Path next = dir.resolve("A5-NEXT.zip");
        Files.write(next, whole);
        DossierProbe.Outcomes o = DossierProbe.assemble(next, List.of("一.txt", "二.docx"));
        assertThat(o.reason("一.txt")).isEqualTo(OutcomeReason.NONE);
        assertThat(o.reason("二.docx")).isEqualTo(OutcomeReason.NONE);
    }

    @Test
    @Tag("A5")
    @DisplayName("A5 corrupt entry data: a bad CRC or a broken deflate stream marks that entry ARCHIVE_CORRUPT")
    void a5CorruptEntries() throws Exception {
        byte[] good = goodTxt();
        byte[] stored = HostileFiles.storedZip(entries("坏.txt", good, "正常.txt", good));
        int at = indexOf(stored, good) + 20;
        stored[at] ^= 0x01;
        Path zip = dir.resolve("A5-CRC.zip");
        Files.write(zip, stored);
        DossierProbe.Outcomes o = DossierProbe.assemble(zip, List.of("坏.txt", "正常.txt"));
        assertThat(o.reason("坏.txt")).isEqualTo(OutcomeReason.ARCHIVE_CORRUPT);
        assertThat(o.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);

        byte[] deflated = HostileFiles.zip(entries("坏.txt", lowRatio(50_000, 1), "正常.txt", good));
        for (int i = 80; i < 300; i++) {
            deflated[i] = (byte) 0xFF;
        }
        Path zip2 = dir.resolve("A5-DEFLATE.zip");
        Files.write(zip2, deflated);
        DossierProbe.Outcomes o2 = DossierProbe.assemble(zip2, List.of("坏.txt", "正常.txt"));
        assertThat(o2.reason("坏.txt")).isEqualTo(OutcomeReason.ARCHIVE_CORRUPT);
        assertThat(o2.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    @Test
    @Tag("A6")
    @DisplayName("A6 password-protected zip entry: ENCRYPTED_ARCHIVE, the rest is read")
    void a6EncryptedEntry() throws Exception {
        Path zip = dir.resolve("A6-ENC.zip");
        Files.write(zip, HostileFiles.encryptedEntryZip("加密.txt", goodTxt(), entries("正常.txt", goodTxt())));
        DossierProbe.Outcomes o = DossierProbe.assemble(zip, List.of("加密.txt", "正常.txt"));
        assertThat(o.reason("加密.txt")).isEqualTo(OutcomeReason.ENCRYPTED_ARCHIVE);
        assertThat(o.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);
    }

    @Test
    @Tag("A7")
    @DisplayName("A7 GBK entry names without the UTF-8 flag decode correctly")
    void a7GbkNames() throws Exception {
        String n1 = "审计压缩包文件检索测试/集团邮件审计系统2021年自动巡检需求文档_V4.0.txt";
        String n2 = "讯问笔录（第一次）.txt";
        Path zip = dir.resolve("A7-GBK.zip");
        Files.write(zip, HostileFiles.zip(Charset.forName("GBK"), false, entries(n1, goodTxt(), n2, goodTxt())));
        DossierProbe.Outcomes o = DossierProbe.assemble(zip, List.of(n1, n2));
        assertThat(o.reason(n1)).isEqualTo(OutcomeReason.NONE);
        assertThat(o.reason(n2)).isEqualTo(OutcomeReason.NONE);
        // The audit record keeps the undecoded name bytes (GBK here), as spaced hex.
        for (String n : List.of(n1, n2)) {
            assertThat(o.of(n).detail()).as(n).contains("GB18030")
                    .contains(java.util.HexFormat.ofDelimiter(" ").formatHex(n.getBytes(Charset.forName("GBK"))));
        }
        Path utf8 = dir.resolve("A7-UTF8.zip");
        Files.write(utf8, HostileFiles.zip(StandardCharsets.UTF_8, true, entries(n2, goodTxt())));
        assertThat(DossierProbe.assemble(utf8, List.of(n2)).of(n2).detail()).as("a UTF-8 name needs no note")
                .isNull();
        // Info-ZIP under a C locale (and other Linux/macOS tools) store UTF-8 names without the flag: valid UTF-8
        // is read as UTF-8. Before, one such name made the whole archive "corrupt".
        Path unflagged = dir.resolve("A7-UTF8-NOFLAG.zip");
        Files.write(unflagged, HostileFiles.zip(StandardCharsets.UTF_8, false, entries(n1, goodTxt(), n2, goodTxt())));
        DossierProbe.Outcomes u = DossierProbe.assemble(unflagged, List.of(n1, n2));
        for (String n : List.of(n1, n2)) {
            assertThat(u.reason(n)).as(n).isEqualTo(OutcomeReason.NONE);
            assertThat(u.of(n).detail()).as(n).isNull();
        }
        // GBK bytes with an Info-ZIP Unicode path field (7-Zip, WinRAR): the field's name wins.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var z = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(out)) {
            z.setEncoding("GBK");
            z.setUseLanguageEncodingFlag(false);
            z.setCreateUnicodeExtraFields(
                    org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream.UnicodeExtraFieldPolicy.ALWAYS);
            z.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(n2));
            z.write(goodTxt());
            z.closeArchiveEntry();
        }
        Path field = dir.resolve("A7-UNICODE-FIELD.zip");
        Files.write(field, out.toByteArray());
        assertThat(DossierProbe.assemble(field, List.of(n2)).reason(n2)).isEqualTo(OutcomeReason.NONE);
    }

    @Test
    @Tag("A8")
    @DisplayName("A8 duplicate entry names: every copy is DUPLICATE_ENTRY, the rest is read")
    void a8DuplicateEntries() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var z = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(out)) {
            for (String n : List.of("a.docx", "a.docx", "正常.txt")) {
                z.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(n));
                z.write(n.endsWith("docx") ? HostileFiles.docx(HostileFiles.GOOD_TEXT) : goodTxt());
                z.closeArchiveEntry();
            }
        }
        Path zip = dir.resolve("A8-DUP.zip");
        Files.write(zip, out.toByteArray());
        DossierProbe.Outcomes o = DossierProbe.assemble(zip, List.of("a.docx", "a.docx", "正常.txt"));
        assertThat(o.facts().documents()).filteredOn(d -> d.path().equals("a.docx"))
                .extracting(DossierDocument::reason).containsExactly(OutcomeReason.DUPLICATE_ENTRY,
                        OutcomeReason.DUPLICATE_ENTRY);
        assertThat(o.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);
    }

    @Test
    @Tag("A9")
    @DisplayName("A9 symlinks in a dossier folder and in a zip are never followed")
    void a9Links() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path d = DossierProbe.folder(dir.resolve("A9-LINKS"), entries("正常.txt", goodTxt()));
        Files.createSymbolicLink(d.resolve("passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(d.resolve("loop"), Path.of(".."));
        Files.createSymbolicLink(d.resolve("etc"), Path.of("/etc"));
        Path outside = Files.write(dir.resolve("outside.txt"), goodTxt());
        Files.createLink(d.resolve("hardlink.txt"), outside);

        DossierProbe.Outcomes o = DossierProbe.assemble(d, List.of("正常.txt", "passwd.txt", "loop", "etc",
                "hardlink.txt"));
        assertThat(o.reason("passwd.txt")).isEqualTo(OutcomeReason.SKIPPED_LINK);
        assertThat(o.reason("loop")).isEqualTo(OutcomeReason.SKIPPED_LINK);
        assertThat(o.reason("etc")).isEqualTo(OutcomeReason.SKIPPED_LINK);
        // A hard link is an ordinary file of the dossier (indistinguishable from a copy): read once.
        assertThat(o.reason("hardlink.txt")).isEqualTo(OutcomeReason.NONE);
        assertThat(o.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);

        Path zip = dir.resolve("A9-ZIP.zip");
        Files.write(zip, HostileFiles.symlinkZip("link.txt", "/etc/passwd", entries("正常.txt", goodTxt())));
        DossierProbe.Outcomes z = DossierProbe.assemble(zip, List.of("link.txt", "正常.txt"));
        assertThat(z.reason("link.txt")).isEqualTo(OutcomeReason.SKIPPED_LINK);

        Path linked = Files.createSymbolicLink(dir.resolve("A9-DOSSIER-LINK"), d);
        assertThatThrownBy(() -> DossierProbe.assembler().assemble(linked, null)).isInstanceOf(DossierException.class);
    }

    @Test
    @Tag("A9")
    @DisplayName("A9 a symlinked dossier in an export is listed (and then refused), never silently dropped")
    void a9SymlinkedDossierIsNotDroppedSilently() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path export = dir.resolve("export");
        Path real = DossierProbe.folder(export.resolve("卷宗/A9-REAL"), entries("正常.txt", goodTxt()));
        Files.createSymbolicLink(export.resolve("卷宗/A9-LINKED"), real);
        assertThat(ExportLayout.dossiers(export)).extracting(ExportLayout::caseIdOf)
                .containsExactly("A9-LINKED", "A9-REAL");
    }

    @Test
    @Tag("A10")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @DisplayName("A10 a FIFO in a dossier is skipped before it is opened (opening it would block forever)")
    void a10Fifo() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path d = DossierProbe.folder(dir.resolve("A10-FIFO"), entries("正常.txt", goodTxt()));
        Process p = new ProcessBuilder("mkfifo", d.resolve("管道.txt").toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo available");
        DossierProbe.Outcomes o = DossierProbe.assemble(d, List.of("管道.txt", "正常.txt"));
        assertThat(o.reason("管道.txt")).isEqualTo(OutcomeReason.SKIPPED_SPECIAL_FILE);
        assertThat(o.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);
    }

    @Test
    @Tag("A12")
    @DisplayName("A12 zero-byte files, wrong extensions and binaries named .txt are judged by content")
    void a12ContentNotExtension() throws Exception {
        byte[] binary = new byte[4096];
        new Random(12).nextBytes(binary);
        Map<String, byte[]> m = entries(
                "空.txt", new byte[0],
                "其实是PDF.doc", HostileFiles.pdf(HostileFiles.GOOD_TEXT),
                "其实是DOCX.pdf", HostileFiles.docx(HostileFiles.GOOD_TEXT),
                "二进制.txt", binary,
                "正常.txt", goodTxt());
        Path d = DossierProbe.folder(dir.resolve("A12-TYPES"), m);
        DossierProbe.Outcomes o = DossierProbe.assemble(d, m.keySet());
        assertThat(o.reason("空.txt")).isEqualTo(OutcomeReason.EMPTY_FILE);
        assertThat(o.reason("二进制.txt")).isEqualTo(OutcomeReason.TYPE_MISMATCH);
        assertThat(o.reason("其实是PDF.doc")).isEqualTo(OutcomeReason.NONE);
        assertThat(o.of("其实是PDF.doc").characters()).isGreaterThan(50);
        assertThat(o.reason("其实是DOCX.pdf")).isEqualTo(OutcomeReason.NONE);
        assertThat(o.of("其实是DOCX.pdf").characters()).isGreaterThan(50);
    }

    @Test
    @Tag("A13")
    @DisplayName("A13 hostile file names each get one outcome; ids come from hashes, never from the name")
    void a13HostileNames() throws Exception {
        List<String> names = List.of("CON", "NUL.txt", "尾随点. ", "\u202Etxt.exe", "换\n行.txt",
                "<script>alert(1)</script>.txt", "=HYPERLINK(\"x\",\"a\").txt", "正常.txt");
        Map<String, byte[]> m = new LinkedHashMap<>();
        names.forEach(n -> m.put(n, goodTxt()));
        Path d = DossierProbe.folder(dir.resolve("A13-NAMES"), m);
        DossierProbe.Outcomes o = DossierProbe.assemble(d, names);
        for (DossierDocument doc : o.facts().documents()) {
            assertThat(doc.docId()).matches("[0-9a-f]{16}");
        }

        Map<String, byte[]> z = new LinkedHashMap<>(m);
        z.remove("换\n行.txt");
        z.put("长".repeat(100) + ".txt", goodTxt());
        Path zip = dir.resolve("A13-ZIP.zip");
        Files.write(zip, HostileFiles.zip(z));
        DossierProbe.Outcomes oz = DossierProbe.assemble(zip, z.keySet());
        assertThat(oz.reason("长".repeat(100) + ".txt")).isEqualTo(OutcomeReason.NONE);
    }
}
