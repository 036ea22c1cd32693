package casecheck.reliability;

import static casecheck.reliability.HostileFiles.goodTxt;
import static org.assertj.core.api.Assertions.assertThat;

import casecheck.assemble.DossierAssembler;
import casecheck.check.LawConfig;
import casecheck.export.ExportTables;
import casecheck.extract.DocumentParser;
import casecheck.extract.DocumentReader;
import casecheck.extract.Extraction;
import casecheck.facts.OutcomeReason;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 2: the per-document time and memory bound. Parsers that hang, recurse, throw or exhaust memory are
 * injected through {@link DocumentParser}; memory bounds are checked in a child JVM with a small heap.
 */
class ParserBoundTest {

    @TempDir
    Path dir;

    private static final DocumentReader REAL = new DocumentReader();

    private static Map<String, byte[]> files(String... names) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String n : names) {
            m.put(n, goodTxt());
        }
        return m;
    }

    /** Documents whose name starts with the key are handed to the hostile parser, the rest to the real one. */
    private static DocumentParser hostile(String prefix, DocumentParser bad) {
        return (name, data) -> name.startsWith(prefix) ? bad.read(name, data) : REAL.read(name, data);
    }

    @Test
    @Tag("B11")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @DisplayName("B11 a parser that hangs and ignores interrupts: PARSER_TIMEOUT, the dossier completes, the thread is counted")
    void b11HangIgnoringInterrupts() throws Exception {
        Object gate = new Object();
        boolean[] release = {false};
        DocumentParser hang = (name, data) -> {
            synchronized (gate) {
                while (!release[0]) {
                    try {
                        gate.wait();
                    } catch (InterruptedException ignored) {
                        // like most parsers: an interrupt is not a reason to stop
                    }
                }
            }
            return REAL.read(name, data);
        };
        DossierAssembler a = new DossierAssembler(LawConfig.defaults(), Duration.ofSeconds(1),
                DocumentReader.DEFAULT_MAX_CHARS, hostile("挂起", hang));
        int before = DossierAssembler.abandonedWorkers();
        Path d = DossierProbe.folder(dir.resolve("B11-HANG"), files("挂起1.txt", "挂起2.txt", "正常.txt"));

        DossierProbe.Outcomes o = DossierProbe.check(a.assemble(d, ExportTables.empty()),
                List.of("挂起1.txt", "挂起2.txt", "正常.txt"));

        assertThat(o.reason("挂起1.txt")).isEqualTo(OutcomeReason.PARSER_TIMEOUT);
        assertThat(o.reason("挂起2.txt")).isEqualTo(OutcomeReason.PARSER_TIMEOUT);
        assertThat(o.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);
        assertThat(DossierAssembler.abandonedWorkers()).isEqualTo(before + 2);
        synchronized (gate) {
            release[0] = true;
            gate.notifyAll();
        }
        while (DossierAssembler.abandonedWorkers() > before) {
            Thread.sleep(20);
        }
    }

    @Test
    @Tag("B11")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @DisplayName("B11 a slow parser that honours interrupts is stopped at the timeout and leaves no thread behind")
    void b11SlowInterruptible() throws Exception {
        DocumentParser slow = (name, data) -> {
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Extraction.failed(null, OutcomeReason.NONE, null);
        };
        DossierAssembler a = new DossierAssembler(LawConfig.defaults(), Duration.ofSeconds(1),
                DocumentReader.DEFAULT_MAX_CHARS, hostile("慢", slow));
        int before = DossierAssembler.abandonedWorkers();
        Path d = DossierProbe.folder(dir.resolve("B11-SLOW"), files("慢.txt", "正常.txt"));
        DossierProbe.Outcomes o = DossierProbe.check(a.assemble(d, ExportTables.empty()), List.of("慢.txt", "正常.txt"));
        assertThat(o.reason("慢.txt")).isEqualTo(OutcomeReason.PARSER_TIMEOUT);
        assertThat(o.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);
        while (DossierAssembler.abandonedWorkers() > before) {
            Thread.sleep(20);
        }
    }

    @Test
    @Tag("B11")
    @DisplayName("B11 OutOfMemoryError, StackOverflowError, runtime and linkage errors: one reason each, the rest is read")
    void b11Errors() throws Exception {
        DocumentParser bad = (name, data) -> {
            if (name.startsWith("内存")) {
                long[] tooBig = new long[Integer.MAX_VALUE];
                return Extraction.failed(null, OutcomeReason.NONE, String.valueOf(tooBig.length));
            }
            if (name.startsWith("递归")) {
                return recurse(0);
            }
            if (name.startsWith("异常")) {
                throw new IllegalStateException("解析器内部错误 /home/张三/卷宗");
            }
            throw new NoClassDefFoundError("org/example/Missing");
        };
        DossierAssembler a = new DossierAssembler(LawConfig.defaults(), Duration.ofSeconds(60),
                DocumentReader.DEFAULT_MAX_CHARS, hostile("坏", (n, b) -> bad.read(n.substring(1), b)));
        List<String> names = List.of("坏内存.txt", "坏递归.txt", "坏异常.txt", "坏链接.txt", "正常.txt");
        Path d = DossierProbe.folder(dir.resolve("B11-ERRORS"), files(names.toArray(String[]::new)));
        DossierProbe.Outcomes o = DossierProbe.check(a.assemble(d, ExportTables.empty()), names);
        assertThat(o.reason("坏内存.txt")).isEqualTo(OutcomeReason.PARSER_OOM);
        assertThat(o.reason("坏递归.txt")).isEqualTo(OutcomeReason.PARSER_CRASH);
        assertThat(o.reason("坏异常.txt")).isEqualTo(OutcomeReason.PARSER_CRASH);
        assertThat(o.of("坏异常.txt").detail()).doesNotContain("张三");
        assertThat(o.reason("坏链接.txt")).isEqualTo(OutcomeReason.PARSER_CRASH);
        assertThat(o.reason("正常.txt")).isEqualTo(OutcomeReason.NONE);
    }

    private static Extraction recurse(int depth) {
        return depth < 0 ? null : recurse(depth + 1);
    }

    @Test
    @Tag("B11")
    @DisplayName("B11 a parser exhausting the heap of a 256 MB JVM: PARSER_OOM, and the same JVM reads the next document")
    void b11HeapExhaustionInASmallJvm() throws Exception {
        Path d = DossierProbe.folder(dir.resolve("B11-GREEDY"), files("贪婪.txt", "正常.txt"));
        Map<String, String> o = ChildJvm.assemble(d, "256m", "greedy", 120, dir);
        assertThat(o).containsOnlyKeys("贪婪.txt", "正常.txt");
        assertThat(o.get("贪婪.txt")).startsWith("PARSER_OOM\t");
        assertThat(o.get("正常.txt")).startsWith("NONE\t");
    }

    @Test
    @Tag("C4")
    @Tag("B8")
    @DisplayName("C4/B8 in a 256 MB JVM: a 300 MB single-line TXT is truncated, a flate-bomb PDF inflating to 300 MB and a page-tree cycle end in one outcome, a 300 MB file is refused unread")
    void c4AndB8BoundedMemory() throws Exception {
        Path d = Files.createDirectories(dir.resolve("C4-B8"));
        Path huge = d.resolve("单行.txt");
        byte[] line = "报案人称其手机被盗，民警随即前往现场调查了解情况并制作笔录".getBytes(StandardCharsets.UTF_8);
        try (OutputStream os = Files.newOutputStream(huge)) {
            byte[] block = new byte[line.length * 8192];
            for (int i = 0; i < 8192; i++) {
                System.arraycopy(line, 0, block, i * line.length, line.length);
            }
            for (long written = 0; written < 300L << 20; written += block.length) {
                os.write(block);
            }
        }
        try (RandomAccessFile sparse = new RandomAccessFile(d.resolve("巨大.pdf").toFile(), "rw")) {
            sparse.setLength(300L << 20);
        }
        Files.write(d.resolve("炸弹.pdf"), flateBombPdf(300L << 20));
        Files.write(d.resolve("循环.pdf"), kidsCyclePdf());
        Files.write(d.resolve("正常.txt"), goodTxt());

        Map<String, String> o = ChildJvm.assemble(d, "256m", "real", 120, dir);

        assertThat(o).containsOnlyKeys("单行.txt", "巨大.pdf", "炸弹.pdf", "循环.pdf", "正常.txt");
        assertThat(o.get("单行.txt")).startsWith("TEXT_TRUNCATED\t" + DocumentReader.DEFAULT_MAX_CHARS);
        assertThat(o.get("巨大.pdf")).startsWith("FILE_TOO_LARGE\t");
        assertThat(o.get("炸弹.pdf")).doesNotStartWith("NONE\t");
        assertThat(o.get("循环.pdf")).doesNotStartWith("NONE\t");
        assertThat(o.get("正常.txt")).startsWith("NONE\t");
    }

    @Test
    @Tag("B8")
    @DisplayName("B8 a PDF with a 100 000-page tree is refused by its page count, in a child JVM; the next document is read")
    void b8HugePageTree() throws Exception {
        Path d = Files.createDirectories(dir.resolve("B8-PAGES"));
        Files.write(d.resolve("十万页.pdf"), pageTreePdf(100_000));
        Files.write(d.resolve("正常.txt"), goodTxt());
        Map<String, String> o = ChildJvm.assemble(d, "256m", "real", 60, dir);
        assertThat(o).containsOnlyKeys("十万页.pdf", "正常.txt");
        assertThat(o.get("十万页.pdf")).startsWith("FILE_TOO_LARGE\t");
        assertThat(o.get("正常.txt")).startsWith("NONE\t");
    }

    /** A PDF of {@code pages} empty pages under one page-tree node (about 60 bytes a page). */
    private static byte[] pageTreePdf(int pages) throws IOException {
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        List<Integer> offsets = new java.util.ArrayList<>();
        pdf.write("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
        offsets.add(pdf.size());
        pdf.write("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(i + 3).append(" 0 R ");
        }
        offsets.add(pdf.size());
        pdf.write(("2 0 obj\n<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>\nendobj\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < pages; i++) {
            offsets.add(pdf.size());
            pdf.write(((i + 3) + " 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>\nendobj\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        return finish(pdf, offsets, pages + 3);
    }

    /** A one-page PDF whose content stream inflates to {@code zeros} NUL bytes (written streamed, about 1 MB). */
    private static byte[] flateBombPdf(long zeros) throws IOException {
        java.io.ByteArrayOutputStream deflated = new java.io.ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] block = new byte[1 << 20];
            for (long left = zeros; left > 0; left -= block.length) {
                z.write(block, 0, (int) Math.min(block.length, left));
            }
        }
        byte[] body = deflated.toByteArray();
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        List<Integer> offsets = new java.util.ArrayList<>();
        String[] objs = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"};
        pdf.write("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < objs.length; i++) {
            offsets.add(pdf.size());
            pdf.write(((i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        offsets.add(pdf.size());
        pdf.write(("4 0 obj\n<< /Length " + body.length + " /Filter /FlateDecode >>\nstream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        pdf.write(body);
        pdf.write("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        return finish(pdf, offsets, 5);
    }

    /** A PDF whose page tree contains itself. */
    private static byte[] kidsCyclePdf() throws IOException {
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        List<Integer> offsets = new java.util.ArrayList<>();
        String[] objs = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 2 >>"};
        pdf.write("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < objs.length; i++) {
            offsets.add(pdf.size());
            pdf.write(((i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        return finish(pdf, offsets, 4);
    }

    private static byte[] finish(java.io.ByteArrayOutputStream pdf, List<Integer> offsets, int size)
            throws IOException {
        int xref = pdf.size();
        StringBuilder s = new StringBuilder("xref\n0 " + size + "\n0000000000 65535 f \n");
        for (int off : offsets) {
            s.append(String.format("%010d 00000 n \n", off));
        }
        s.append("trailer\n<< /Size ").append(size).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        pdf.write(s.toString().getBytes(StandardCharsets.ISO_8859_1));
        return pdf.toByteArray();
    }
}
