package casecheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checklist D12: the morning report is killed while it is being written. {@code casecheck report} runs in a child
 * JVM over a completed night and is killed with SIGKILL at random moments; after every kill each report file a
 * chief could open is complete (the workbook opens with POI, the PDF with PDFBox, the HTML is whole) and equal to a
 * clean run's, and a rerun regenerates the full set, leaving no partial temp file behind (they hold personal data).
 */
class ReportCrashTest {

    private static final int KILLS = Integer.getInteger("casecheck.report.kills", 6);

    @TempDir
    Path dir;

    @Test
    @Tag("D12")
    @DisplayName("D12 kill -9 while reports are written: every visible file is complete, a rerun regenerates the set")
    void d12KillDuringReportWriting() throws Exception {
        long seed = Long.getLong("casecheck.report.seed", System.nanoTime());
        Random rnd = new Random(seed);
        Path export = CrashExport.write(dir.resolve("export"));
        Path data = dir.resolve("data");
        Process night = NightlyChild.start(export, data);
        assertThat(night.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(night.exitValue()).as(console(data)).isZero();

        Path outbox = data.resolve("outbox");
        long t0 = System.nanoTime();
        assertThat(report(data).waitFor(5, TimeUnit.MINUTES)).isTrue();
        long cleanMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        Map<String, String> reference = reports(outbox);
        assertThat(reference.keySet()).as(console(data)).anyMatch(f -> f.endsWith(".pdf"))
                .anyMatch(f -> f.endsWith(".xlsx")).anyMatch(f -> f.endsWith(".html"));
        assertThat(temps(outbox)).isEmpty();

        List<String> log = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            deleteTree(outbox);
            // JVM start-up takes most of the run; the later half of it is where the files are written.
            long delay = (long) (cleanMillis * (0.5 + 0.6 * rnd.nextDouble()));
            Process p = report(data);
            boolean ended = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!ended) {
                p.destroyForcibly().waitFor();
            }
            Map<String, String> seen = reports(outbox);
            log.add((ended ? "ended" : "killed") + " after " + delay + " ms with " + seen.size() + " files, "
                    + temps(outbox).size() + " temp files");
            seen.forEach((file, sha) -> assertThat(sha).as("%s after %s (seed %d)", file, log, seed)
                    .isEqualTo(reference.get(file)));
        }

        // A kill inside the write loop leaves a partial temp file next to the target: the rerun removes it.
        String pdf = reference.keySet().stream().filter(f -> f.endsWith(".pdf")).findFirst().orElseThrow();
        Path target = outbox.resolve(pdf);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(".tmp-" + target.getFileName() + "-4711.part");
        Files.write(partial, "%PDF-1.7\n% half a report".getBytes(StandardCharsets.ISO_8859_1));
        Process rerun = report(data);
        assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(rerun.exitValue()).as(console(data)).isZero();
        assertThat(reports(outbox)).as("after the rerun (%s, seed %d)", log, seed).isEqualTo(reference);
        assertThat(temps(outbox)).as("partial temp files after the rerun").isEmpty();
    }

    private static Process report(Path data) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Djava.io.tmpdir=" + Files.createDirectories(NightlyChild.tmpOf(data)),
                "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC", "-cp", NightlyChild.mainClasspath(),
                "casecheck.batch.BatchMain", "report", "--date", NightlyChild.BUSINESS_DATE, "--no-send",
                "--data-dir", data.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(NightlyChild.consoleOf(data).toFile())).start();
    }

    /**
     * The report files a reader of the outbox sees (not the hidden temp files), each checked complete: opened with
     * POI or PDFBox, or an HTML document that ends. Relative path → SHA-256.
     */
    private static Map<String, String> reports(Path outbox) throws Exception {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(outbox)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(outbox)) {
            for (Path f : s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .toList()) {
                byte[] b = Files.readAllBytes(f);
                String name = f.getFileName().toString();
                if (name.endsWith(".xlsx")) {
                    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(b))) {
                        assertThat(wb.getNumberOfSheets()).as(name).isPositive();
                    }
                } else if (name.endsWith(".pdf")) {
                    try (PDDocument pdf = Loader.loadPDF(b)) {
                        assertThat(pdf.getNumberOfPages()).as(name).isPositive();
                    }
                } else if (name.endsWith(".html")) {
                    assertThat(new String(b, StandardCharsets.UTF_8).strip()).as(name).endsWith("</html>");
                }
                out.put(outbox.relativize(f).toString(), HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(b)));
            }
        }
        return out;
    }

    private static List<Path> temps(Path outbox) throws IOException {
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(outbox)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String console(Path data) throws IOException {
        Path c = NightlyChild.consoleOf(data);
        return Files.exists(c) ? Files.readString(c, StandardCharsets.UTF_8) : "";
    }
}
