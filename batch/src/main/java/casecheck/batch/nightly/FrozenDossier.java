package casecheck.batch.nightly;

import casecheck.facts.DossierDocument;
import casecheck.facts.OutcomeReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder dossier as the manifest froze it at the start of the run (checklist A11). A restart, or a slow run, may
 * meet files that were rewritten, renamed, deleted or added since: the run checks only what the manifest lists, in
 * the content the manifest hashed. {@link #drifted} compares what the engine read with the manifest (no extra
 * I/O when nothing changed); {@link #stage} then copies the unchanged files into a private staging folder that
 * the engine reads instead, and lists the changed or vanished ones (they get INPUT_CHANGED) and the added ones
 * (not checked in this run).
 */
final class FrozenDossier {

    /** Outcome detail of a manifest file whose content changed (Chinese, shown to users). */
    static final String CHANGED = "运行开始后文件内容已改动，本次未检查（以运行开始时固定的清单为准），请在下次运行中复核";
    /** Outcome detail of a manifest file that is gone. */
    static final String GONE = "运行开始后文件已被删除或改名，本次未检查（以运行开始时固定的清单为准），请在下次运行中复核";

    /** What the manifest lists for the dossier: path relative to the dossier → entry. */
    private final Map<String, ManifestEntry> frozen;

    FrozenDossier(Map<String, ManifestEntry> frozen) {
        this.frozen = frozen;
    }

    /** Link and special-file records are not content (the manifest lists regular files only). */
    private static boolean notContent(DossierDocument d) {
        return d.reason() == OutcomeReason.SKIPPED_LINK || d.reason() == OutcomeReason.SKIPPED_SPECIAL_FILE;
    }

    /** True when the engine read something other than the manifest: a file added, gone, or with other content. */
    boolean drifted(List<DossierDocument> reported) {
        int matched = 0;
        for (DossierDocument d : reported) {
            if (notContent(d)) {
                continue;
            }
            ManifestEntry m = frozen.get(d.path());
            if (m == null || d.sha256() != null && !m.sha256().equalsIgnoreCase(d.sha256())) {
                return true;
            }
            matched++;
        }
        return matched != frozen.size();
    }

    /**
     * The staged copy of the dossier: only manifest files whose copied bytes still hash to the manifest (the copy
     * is what the engine reads, so a file changing again during the check cannot slip in).
     *
     * @param staging an empty private folder; the dossier is staged in a sub-folder of the same name
     */
    Staged stage(Path dossier, Path staging, List<DossierDocument> reported) throws IOException {
        Path copy = Files.createDirectories(staging.resolve(dossier.getFileName().toString()));
        Map<String, String> changed = new TreeMap<>();
        for (Map.Entry<String, ManifestEntry> e : frozen.entrySet()) {
            Path src = dossier.resolve(e.getKey());
            if (!Files.isRegularFile(src, LinkOption.NOFOLLOW_LINKS)) {
                changed.put(e.getKey(), GONE);
                continue;
            }
            Path dst = copy.resolve(e.getKey());
            Files.createDirectories(dst.getParent());
            try {
                Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
            } catch (java.nio.file.NoSuchFileException gone) {
                changed.put(e.getKey(), GONE);
                continue;
            }
            if (!Sha256.of(dst).equalsIgnoreCase(e.getValue().sha256())) {
                Files.delete(dst);
                changed.put(e.getKey(), CHANGED);
            }
        }
        List<String> added = new ArrayList<>();
        for (String rel : regularFiles(dossier)) {
            if (!frozen.containsKey(rel)) {
                added.add(rel);
            }
        }
        List<DossierDocument> links = reported.stream().filter(FrozenDossier::notContent).toList();
        return new Staged(copy, changed, added, links);
    }

    /** The staged dossier, the manifest files not read (path → detail), files not in the manifest, link records. */
    record Staged(Path dossier, Map<String, String> changed, List<String> added, List<DossierDocument> links) {
    }

    /** The manifest hash of a file (the content the run should have checked). */
    String sha256(String path) {
        return frozen.get(path).sha256();
    }

    /** Regular files below {@code dir}, relative, {@code /}-separated (links not followed). */
    static Set<String> regularFiles(Path dir) throws IOException {
        Set<String> out = new java.util.TreeSet<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    out.add(ExportManifest.relative(dir, file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    /** Removes a staging folder and everything in it (it holds copies of personal data). */
    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Manifest entries of a folder dossier keyed by their path relative to the dossier. */
    static FrozenDossier of(String dossierRel, List<ManifestEntry> files) {
        Map<String, ManifestEntry> m = new LinkedHashMap<>();
        files.forEach(f -> m.put(f.path().substring(dossierRel.length() + 1), f));
        return new FrozenDossier(m);
    }
}
