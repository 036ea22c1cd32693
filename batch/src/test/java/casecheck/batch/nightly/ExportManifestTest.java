package casecheck.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExportManifestTest {

    private static ManifestEntry e(String path) {
        return new ManifestEntry(path, 1, "00");
    }

    private static List<String> paths(List<ManifestEntry> entries) {
        return entries.stream().map(ManifestEntry::path).toList();
    }

    @Test
    void underFindsExactlyTheFilesOfOneDossierWhateverTheNeighbours() {
        List<ManifestEntry> entries = new ArrayList<>(List.of(
                e("卷宗/A1/讯问笔录.docx"), e("卷宗/A1/sub/告知书.pdf"), e("卷宗/A1-2/x.txt"), e("卷宗/A1.zip"),
                e("卷宗/A10/y.txt"), e("卷宗/A0/z.txt"), e("卷宗/A1"), e("案件.xlsx"), e("卷宗/A2.zip")));
        // A database returns the rows in its own collation: the order in the list must not matter.
        Collections.shuffle(entries, new Random(7));
        List<ManifestEntry> sorted = ExportManifest.sorted(entries);

        assertThat(paths(ExportManifest.under(sorted, "卷宗/A1")))
                .containsExactly("卷宗/A1", "卷宗/A1/sub/告知书.pdf", "卷宗/A1/讯问笔录.docx");
        assertThat(paths(ExportManifest.under(sorted, "卷宗/A1.zip"))).containsExactly("卷宗/A1.zip");
        assertThat(paths(ExportManifest.under(sorted, "卷宗/A2.zip"))).containsExactly("卷宗/A2.zip");
        assertThat(paths(ExportManifest.under(sorted, "卷宗/A10"))).containsExactly("卷宗/A10/y.txt");
        assertThat(ExportManifest.under(sorted, "卷宗/A3")).isEmpty();
        assertThat(ExportManifest.under(sorted, "卷宗/Z")).isEmpty();
    }

    @Test
    void underAgreesWithALinearFilterOnAGeneratedExport() {
        Random r = new Random(11);
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String dossier = "卷宗/A" + r.nextInt(60) + (r.nextBoolean() ? "" : "-" + r.nextInt(3));
            entries.add(e(r.nextInt(5) == 0 ? dossier + ".zip" : dossier + "/" + r.nextInt(1000) + ".docx"));
        }
        List<ManifestEntry> sorted = ExportManifest.sorted(entries);
        for (int i = 0; i < 60; i++) {
            for (String rel : List.of("卷宗/A" + i, "卷宗/A" + i + "-1", "卷宗/A" + i + ".zip")) {
                List<String> linear = paths(sorted.stream()
                        .filter(x -> x.path().equals(rel) || x.path().startsWith(rel + "/")).toList());
                assertThat(paths(ExportManifest.under(sorted, rel))).as(rel).isEqualTo(linear);
            }
        }
    }
}
