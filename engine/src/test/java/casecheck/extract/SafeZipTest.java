package casecheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import casecheck.facts.OutcomeReason;
import casecheck.testing.Docs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;

class SafeZipTest {

    private static final byte[] TEXT = "询问笔录".getBytes(StandardCharsets.UTF_8);

    @Test
    void gbkNamesWithoutTheUtf8FlagDecode() throws IOException {
        byte[] z = Docs.zip(Charset.forName("GBK"), Map.of("A2026/讯问笔录（第一次）.txt", TEXT));
        List<SafeZip.Entry> entries = SafeZip.read(z, SafeZip.Limits.DOSSIER, n -> true);
        assertThat(entries).extracting(SafeZip.Entry::name).containsExactly("A2026/讯问笔录（第一次）.txt");
        assertThat(entries.get(0).data()).isEqualTo(TEXT);
    }

    @Test
    void utf8FlaggedNamesDecode() throws IOException {
        byte[] z = Docs.zip(StandardCharsets.UTF_8, Map.of("询问笔录.txt", TEXT));
        assertThat(SafeZip.read(z, SafeZip.Limits.DOSSIER, n -> true)).extracting(SafeZip.Entry::name)
                .containsExactly("询问笔录.txt");
    }

    @Test
    void traversalNamesAreRejectedAndNothingElseIsLost() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("../../etc/passwd", TEXT);
        m.put("/abs.txt", TEXT);
        m.put("ok.txt", TEXT);
        List<SafeZip.Entry> entries = SafeZip.read(Docs.zip(StandardCharsets.UTF_8, m), SafeZip.Limits.DOSSIER,
                n -> true);
        assertThat(entries).extracting(SafeZip.Entry::problem)
                .containsExactly(OutcomeReason.UNSAFE_PATH, OutcomeReason.UNSAFE_PATH, null);
        assertThat(entries.get(0).data()).isNull();
    }

    @Test
    void bombIsStoppedByTheRatioLimit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        List<SafeZip.Entry> entries = SafeZip.read(out.toByteArray(), SafeZip.Limits.DOSSIER, n -> true);
        assertThat(entries.get(0).problem()).isEqualTo(OutcomeReason.ARCHIVE_LIMIT);
        assertThat(entries.get(0).data()).isNull();
    }

    @Test
    void duplicateNamesAreAllRejected() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
            for (int i = 0; i < 2; i++) {
                z.putArchiveEntry(new ZipArchiveEntry("a.docx"));
                z.write(TEXT);
                z.closeArchiveEntry();
            }
        }
        assertThat(SafeZip.read(out.toByteArray(), SafeZip.Limits.DOSSIER, n -> true))
                .extracting(SafeZip.Entry::problem)
                .containsExactly(OutcomeReason.DUPLICATE_ENTRY, OutcomeReason.DUPLICATE_ENTRY);
    }

    @Test
    void encryptedEntriesAreReportedNotRead() throws IOException {
        byte[] z = Docs.zip(StandardCharsets.UTF_8, Map.of("secret.txt", TEXT));
        // Set general-purpose bit 0 (encrypted) in the local and central headers, as an encrypting zip tool does.
        for (int i = 0; i + 4 < z.length; i++) {
            if (z[i] == 'P' && z[i + 1] == 'K' && z[i + 2] == 3 && z[i + 3] == 4) {
                z[i + 6] |= 1;
            } else if (z[i] == 'P' && z[i + 1] == 'K' && z[i + 2] == 1 && z[i + 3] == 2) {
                z[i + 8] |= 1;
            }
        }
        assertThat(SafeZip.read(z, SafeZip.Limits.DOSSIER, n -> true))
                .extracting(SafeZip.Entry::problem).containsExactly(OutcomeReason.ENCRYPTED_ARCHIVE);
    }

    @Test
    void tooManyEntriesOrNotAZipFailsTheArchive() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            m.put(i + ".txt", TEXT);
        }
        byte[] z = Docs.zip(StandardCharsets.UTF_8, m);
        assertThatThrownBy(() -> SafeZip.read(z, new SafeZip.Limits(3, 1 << 20, 1 << 20, 100, 1024), n -> true))
                .isInstanceOf(IOException.class).hasMessageContaining("超过上限");
        assertThatThrownBy(() -> SafeZip.read("not a zip".getBytes(StandardCharsets.UTF_8), SafeZip.Limits.DOSSIER,
                n -> true)).isInstanceOf(IOException.class);
    }
}
