package casecheck.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** Every committed file opens with POI/PDFBox and yields correct Chinese: no '?' and no U+FFFD. */
class SampleExportChineseTest {

    private static final Path EXPORT = SampleExportIsCurrentTest.EXPORT;

    @Test
    void everyFileYieldsChineseWithoutReplacementCharacters() throws IOException {
        List<String> expected = Files.readAllLines(SampleExportIsCurrentTest.MODULE.resolve("expected-documents.csv"));
        Map<String, String> texts = ExportText.of(EXPORT);
        assertThat(texts).hasSizeGreaterThan(250);
        int encrypted = 0;
        int scanned = 0;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String text = e.getValue();
            if (ExportText.ENCRYPTED.equals(text)) {
                encrypted++;
                assertThat(outcome(expected, e.getKey())).isEqualTo("UNREADABLE,ENCRYPTED_DOCUMENT");
                continue;
            }
            if (text.isBlank()) {
                scanned++;
                assertThat(outcome(expected, e.getKey())).isEqualTo("NEEDS_REVIEW,NEEDS_OCR");
                continue;
            }
            assertThat(text).as(e.getKey()).doesNotContain("?", "\uFFFD");
            assertThat(text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count()).as(e.getKey()).isGreaterThan(5);
        }
        assertThat(encrypted).isEqualTo(1);
        assertThat(scanned).isEqualTo(1);
    }

    @Test
    void zippedDossierHasGbkEntryNamesWithoutTheUtf8Flag() throws IOException {
        List<Path> zips;
        try (Stream<Path> s = Files.list(EXPORT.resolve("卷宗"))) {
            zips = s.filter(p -> p.toString().endsWith(".zip")).toList();
        }
        assertThat(zips).isNotEmpty();
        for (Path zip : zips) {
            try (ZipFile z = ZipFile.builder().setPath(zip).setCharset("GBK").get()) {
                for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                    assertThat(e.getGeneralPurposeBit().usesUTF8ForNames()).isFalse();
                    assertThat(e.getName()).matches(".*\\p{IsHan}.*");
                }
            }
        }
    }

    @Test
    void gbkTablesAndTextsAreReallyGbk() throws IOException {
        byte[] persons = Files.readAllBytes(EXPORT.resolve("人员.csv"));
        assertThat(new String(persons, DocRenderer.GBK)).startsWith("案件编号,人员编号,姓名");
        assertThat(new String(persons, java.nio.charset.StandardCharsets.UTF_8)).contains("\uFFFD");
    }

    /** "outcome,reason" of a document in expected-documents.csv (path as in ExportText: 卷宗/case/doc). */
    private static String outcome(List<String> rows, String key) {
        String[] parts = key.split("/", 3);
        String caseId = parts[1].replace(".zip!", "");
        String doc = parts[2];
        for (String row : rows) {
            String[] c = row.split(",", -1);
            if (c[0].equals(caseId) && c[1].equals(doc)) {
                return c[3] + "," + c[4];
            }
        }
        return "not listed: " + key;
    }
}
