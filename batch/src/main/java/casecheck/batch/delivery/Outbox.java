package casecheck.batch.delivery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

import casecheck.privacy.Masker;

/**
 * The folder reports are written to: {@code <root>/<date>/<unit>/}. Folder and file names derive from ids only,
 * never from input text (reliability-checklist A13); a unit code that is not a plain id, or that looks like a
 * personal number, is replaced by a hash of it. Every file is written atomically (D12): a temp file in the same
 * folder, flushed to disk, then moved over the target, so a reader sees the old file or the whole new one.
 * Thread-safe for different targets.
 */
public final class Outbox {

    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** Device names Windows refuses as file names, whatever the extension. */
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])");

    private final Path root;

    public Outbox(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() { return root; }

    /** The folder of {@code unitCode}'s reports for {@code date} (not created). */
    public Path folder(LocalDate date, String unitCode) {
        return root.resolve(date.toString()).resolve(safeName(unitCode));
    }

    /** A file-system-safe name for a unit code: the code itself when it is a plain id, else {@code u-<hash>}. */
    public static String safeName(String unitCode) {
        if (unitCode != null && PLAIN_ID.matcher(unitCode).matches() && !Masker.containsPersonalNumber(unitCode)
                && !unitCode.startsWith("-") && !RESERVED.matcher(unitCode).matches()) {
            return unitCode;
        }
        return "u-" + sha256(unitCode == null ? "" : unitCode).substring(0, 16);
    }

    /**
     * Writes {@code content} to {@code folder/fileName} atomically, creating the folder. An existing file with the
     * same bytes is left untouched. Returns the target.
     */
    public Path write(Path folder, String fileName, byte[] content) throws IOException {
        if (!PLAIN_ID.matcher(fileName.replace(".", "")).matches() || fileName.startsWith(".")) {
            throw new IllegalArgumentException("不安全的文件名：" + fileName);
        }
        Files.createDirectories(folder);
        removeLeftovers(folder, fileName);
        Path target = folder.resolve(fileName);
        if (Files.isRegularFile(target) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return target;
        }
        Path tmp = Files.createTempFile(folder, tempPrefix(fileName), ".part");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("文件系统不支持原子替换，拒绝写入报告：" + target, e);
            }
            syncFolder(folder);
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temp files of a target are named after it, so that a later write of the target can find them. */
    private static String tempPrefix(String fileName) {
        return ".tmp-" + fileName + "-";
    }

    /**
     * Removes temp files a killed earlier write of {@code fileName} left behind (a partial report: personal data,
     * E10). Writes of one target are never concurrent, so any such file is a leftover.
     */
    private static void removeLeftovers(Path folder, String fileName) throws IOException {
        String prefix = tempPrefix(fileName);
        try (var files = Files.newDirectoryStream(folder, f -> {
            String n = f.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".part");
        })) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Makes the rename durable; some file systems cannot open a folder for sync, which is then best effort. */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // not supported on this platform: the rename itself is still atomic
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
