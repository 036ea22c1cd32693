package casecheck.batch.nightly;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The export frozen at the start of a run: every regular file (links and special files are not followed; the
 * engine records them as skipped documents), sorted by path, with size and SHA-256.
 */
public final class ExportManifest {

    private ExportManifest() {
    }

    /** Walks {@code exportDir} (a folder, or a single zip file). */
    public static List<ManifestEntry> scan(Path exportDir) throws IOException {
        List<ManifestEntry> out = new ArrayList<>();
        if (Files.isRegularFile(exportDir, LinkOption.NOFOLLOW_LINKS)) {
            out.add(new ManifestEntry(exportDir.getFileName().toString(), Files.size(exportDir),
                    Sha256.of(exportDir)));
            return out;
        }
        Files.walkFileTree(exportDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    out.add(new ManifestEntry(relative(exportDir, file), attrs.size(), Sha256.of(file)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                // An unreadable file stays out of the manifest; the engine records its outcome when it meets it.
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(BY_PATH);
        return out;
    }

    /** SHA-256 over the sorted manifest lines: identifies the export content as a whole. */
    public static String hash(List<ManifestEntry> entries) {
        StringBuilder sb = new StringBuilder();
        entries.forEach(e -> sb.append(e.path()).append('\0').append(e.size()).append('\0').append(e.sha256())
                .append('\n'));
        return Sha256.of(sb.toString());
    }

    /** The entries in the order {@link #under} needs: by path, as Java compares strings (not a database collation). */
    public static List<ManifestEntry> sorted(List<ManifestEntry> entries) {
        List<ManifestEntry> out = new ArrayList<>(entries);
        out.sort(BY_PATH);
        return List.copyOf(out);
    }

    /**
     * Entries at or below {@code relPath} (a dossier folder or zip), from entries {@link #sorted sorted} by path.
     * Paths sharing a prefix are contiguous, so this is a binary search and a short scan: called once per dossier,
     * a linear filter made the run quadratic in the size of the export.
     */
    public static List<ManifestEntry> under(List<ManifestEntry> sortedEntries, String relPath) {
        int lo = 0;
        int hi = sortedEntries.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedEntries.get(mid).path().compareTo(relPath) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<ManifestEntry> out = new ArrayList<>();
        for (int i = lo; i < sortedEntries.size(); i++) {
            String p = sortedEntries.get(i).path();
            if (!p.startsWith(relPath)) {
                break;
            }
            // Between "A" and "A/x" come siblings such as "A-1/x" ('-' sorts before '/'): skipped, not a stop.
            if (p.length() == relPath.length() || p.charAt(relPath.length()) == '/') {
                out.add(sortedEntries.get(i));
            }
        }
        return out;
    }

    private static final Comparator<ManifestEntry> BY_PATH = Comparator.comparing(ManifestEntry::path);

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
