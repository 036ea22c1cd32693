package casecheck.batch.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

    @TempDir
    Path dir;

    @Test
    @Tag("A13")
    void folderNamesComeFromPlainIdsOnly() {
        Outbox outbox = new Outbox(dir);
        LocalDate d = LocalDate.of(2026, 11, 22);
        assertThat(outbox.folder(d, "P11")).isEqualTo(dir.resolve("2026-11-22").resolve("P11"));
        for (String hostile : new String[] {"../../etc", "CON", "a b", "x\u202Egpj.exe", "<script>", "13800138000",
                "１２３", "-rf", "", "a".repeat(300)}) {
            String name = Outbox.safeName(hostile);
            assertThat(name).as(hostile).matches("u-[0-9a-f]{16}");
        }
        assertThat(Outbox.safeName("../a")).isNotEqualTo(Outbox.safeName("../b"));
    }

    @Test
    @Tag("D12")
    void writeReplacesAtomicallyAndLeavesNoTempFiles() throws IOException {
        Outbox outbox = new Outbox(dir);
        Path folder = outbox.folder(LocalDate.of(2026, 11, 22), "P11");
        Path target = outbox.write(folder, "report-P11-2026-11-22.pdf", new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        outbox.write(folder, "report-P11-2026-11-22.pdf", new byte[] {4, 5});
        assertThat(Files.readAllBytes(target)).containsExactly(4, 5);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report-P11-2026-11-22.pdf");
        }
        assertThatThrownBy(() -> outbox.write(folder, "../x.pdf", new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Tag("D12")
    void aFailedMoveLeavesTheTargetAsItWasAndNoTempFile() throws IOException {
        Outbox outbox = new Outbox(dir);
        Path folder = outbox.folder(LocalDate.of(2026, 11, 22), "P11");
        // the target is occupied by a non-empty folder: the final move fails after the temp file was written
        Path blocked = folder.resolve("report-P11-2026-11-22.html");
        Files.createDirectories(blocked);
        Files.writeString(blocked.resolve("keep"), "x");
        assertThatThrownBy(() -> outbox.write(folder, "report-P11-2026-11-22.html", "new".getBytes()))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(blocked.resolve("keep"))).isEqualTo("x");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report-P11-2026-11-22.html");
        }
    }
}
