package casecheck.export;

import casecheck.extract.SafeZip;
import casecheck.extract.SystemArtefacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the dossiers of an export are: the folders and {@code .zip} files directly under {@code 卷宗/} or
 * {@code dossiers/}, sorted by case id. A zipped export is unpacked (safely, see {@link SafeZip}) into a private
 * temporary folder once per process; nothing is ever written elsewhere.
 */
public final class ExportLayout {

    /** Folder names that hold the dossiers. */
    public static final List<String> DOSSIER_FOLDERS = List.of("卷宗", "dossiers");

    private static final Map<Path, Path> UNPACKED = new ConcurrentHashMap<>();

    private ExportLayout() {
    }

    /**
     * The dossiers of an export folder (or zip), sorted by case id; empty when there is no dossier folder. Symbolic
     * links are listed too, so that the assembler refuses them visibly instead of their being skipped silently.
     */
    public static List<Path> dossiers(Path exportDir) {
        Path root = exportDir;
        if (Files.isRegularFile(exportDir, LinkOption.NOFOLLOW_LINKS)
                && exportDir.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            root = unpack(exportDir);
        }
        List<Path> out = new ArrayList<>();
        for (Path base : candidates(root)) {
            try (var s = Files.list(base)) {
                for (Path p : s.toList()) {
                    if (SystemArtefacts.isArtefact(p.getFileName().toString())) {
                        continue;
                    }
                    if (Files.isSymbolicLink(p)) {
                        // Listed so that the run records it as refused (the assembler never follows it), not lost.
                        out.add(p);
                        continue;
                    }
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"))) {
                        out.add(p);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("无法列出卷宗目录：" + base.getFileName(), e);
            }
        }
        out.sort(Comparator.comparing(ExportLayout::caseIdOf).thenComparing(Path::toString));
        return List.copyOf(out);
    }

    /** The case id of a dossier: its folder name, or its zip name without {@code .zip}. */
    public static String caseIdOf(Path dossier) {
        String n = dossier.getFileName().toString();
        if (n.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            n = n.substring(0, n.length() - 4);
        }
        return n.strip();
    }

    private static List<Path> candidates(Path root) {
        List<Path> bases = new ArrayList<>();
        for (String d : DOSSIER_FOLDERS) {
            Path p = root.resolve(d);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                bases.add(p);
            }
        }
        if (bases.isEmpty()) {
            // A zip may wrap the export in one top-level folder.
            try (var s = Files.list(root)) {
                List<Path> subs = s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                        .filter(p -> !SystemArtefacts.isArtefact(p.getFileName().toString())).toList();
                if (subs.size() == 1) {
                    for (String d : DOSSIER_FOLDERS) {
                        Path p = subs.get(0).resolve(d);
                        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                            bases.add(p);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bases;
    }

    private static Path unpack(Path zip) {
        return UNPACKED.computeIfAbsent(zip.toAbsolutePath().normalize(), z -> {
            try {
                Path dir = Files.createTempDirectory("casecheck-export-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                dir.toFile().deleteOnExit();
                SafeZip.visit(z, SafeZip.Limits.EXPORT, n -> !SystemArtefacts.isArtefact(n), e -> {
                    Path target = dir.resolve(e.name()).normalize();
                    if (e.problem() != null || e.data() == null || !target.startsWith(dir)) {
                        return;
                    }
                    try {
                        Files.createDirectories(target.getParent());
                        for (Path p = target.getParent(); !p.equals(dir); p = p.getParent()) {
                            p.toFile().deleteOnExit();
                        }
                        Files.write(target, e.data());
                        target.toFile().deleteOnExit();
                    } catch (IOException io) {
                        throw new UncheckedIOException(io);
                    }
                });
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException("导出压缩包无法解开：" + z.getFileName(), e);
            }
        });
    }
}
