package casecheck.extract;

import casecheck.facts.OutcomeReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads a zip into memory entry by entry, never writing to disk, with the defences of reliability-checklist §2.A:
 * entry names decoded as UTF-8 when general-purpose bit 11 is set or an Info-ZIP Unicode path field is present,
 * otherwise as UTF-8 when the bytes are valid UTF-8 (Linux and macOS zip tools often omit the flag) and as GB18030
 * when they are not (Chinese Windows); unsafe names
 * (absolute, drive letters, {@code ..}, NUL) → {@code UNSAFE_PATH}; inflated bytes counted while reading (header
 * sizes are not trusted) against per-entry, total and ratio limits → {@code ARCHIVE_LIMIT}; encrypted entries →
 * {@code ENCRYPTED_ARCHIVE}; names occurring twice → {@code DUPLICATE_ENTRY} for every copy; symlinks →
 * {@code SKIPPED_LINK}. Archive-level problems (not a zip, too many entries) throw {@link IOException}.
 */
public final class SafeZip {

    /** Limits of one archive. {@code maxRatio} applies once an entry has inflated more than {@code graceBytes}. */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, double maxRatio, long graceBytes) {
        /** A zipped dossier. */
        public static final Limits DOSSIER = new Limits(1000, 200L << 20, 1L << 30, 100, 100L << 10);
        /** A zipped export (only the tables are read into memory). */
        public static final Limits EXPORT = new Limits(200_000, 512L << 20, 4L << 30, 100, 100L << 10);
    }

    /**
     * One entry: its decoded name, its bytes (null when not read) and the problem that prevented reading (null when
     * none). {@code rawNameHex} keeps the undecoded name bytes for the audit record.
     */
    public record Entry(String name, byte[] data, OutcomeReason problem, String detail, String rawNameHex) {
    }

    private SafeZip() {
    }

    /** Reads the file entries whose (decoded, normalised) name {@code wanted} accepts, in central-directory order. */
    public static List<Entry> read(Path zip, Limits limits, Predicate<String> wanted) throws IOException {
        List<Entry> out = new ArrayList<>();
        visit(zip, limits, wanted, out::add);
        return out;
    }

    /** Like {@link #read(Path, Limits, Predicate)} but hands each entry over as it is read (bounded memory). */
    public static void visit(Path zip, Limits limits, Predicate<String> wanted, Consumer<Entry> sink)
            throws IOException {
        ZipFile zf;
        try {
            zf = open(ZipFile.builder().setPath(zip));
        } catch (IOException | RuntimeException e) {
            throw new IOException("压缩包已损坏或不是 zip 文件：" + e.getClass().getSimpleName(), e);
        }
        try (zf) {
            read(zf, limits, wanted, sink);
        }
    }

    /**
     * Opens with ISO-8859-1 for names without the UTF-8 flag: it decodes every byte sequence, so the raw bytes are
     * recoverable and {@link #name} decides per entry. (With GB18030 as the archive charset, one name of UTF-8 bytes
     * without the flag — Info-ZIP under a C locale — made the whole archive unreadable.)
     */
    private static ZipFile open(ZipFile.Builder builder) throws IOException {
        return builder.setCharset(StandardCharsets.ISO_8859_1).setUseUnicodeExtraFields(true).get();
    }

    /**
     * The entry's name: as commons-compress decoded it when the UTF-8 flag or a Unicode path field (whose CRC matched
     * the raw name) gave it; otherwise the raw bytes as UTF-8 when they are valid UTF-8, else as GB18030.
     */
    static String name(ZipArchiveEntry e) {
        byte[] raw = e.getRawName();
        if (raw == null || e.getGeneralPurposeBit().usesUTF8ForNames()
                || !e.getName().equals(new String(raw, StandardCharsets.ISO_8859_1))) {
            return e.getName();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(raw, TextDecoding.GB18030);
        }
    }

    /** The (decoded, normalised) names of the file entries, in central-directory order; nothing is inflated. */
    public static List<String> fileNames(Path zip) throws IOException {
        try (ZipFile zf = open(ZipFile.builder().setPath(zip))) {
            List<String> out = new ArrayList<>();
            for (ZipArchiveEntry e : Collections.list(zf.getEntries())) {
                if (!e.isDirectory()) {
                    out.add(normalise(name(e)));
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new IOException("压缩包已损坏或不是 zip 文件：" + e.getClass().getSimpleName(), e);
        }
    }

    /** Same for a zip held in memory. */
    public static List<Entry> read(byte[] zip, Limits limits, Predicate<String> wanted) throws IOException {
        ZipFile zf;
        try {
            zf = open(ZipFile.builder()
                    .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(zip)));
        } catch (IOException | RuntimeException e) {
            throw new IOException("压缩包已损坏或不是 zip 文件：" + e.getClass().getSimpleName(), e);
        }
        List<Entry> out = new ArrayList<>();
        try (zf) {
            read(zf, limits, wanted, out::add);
        }
        return out;
    }

    private static void read(ZipFile zf, Limits limits, Predicate<String> wanted, Consumer<Entry> out)
            throws IOException {
        List<ZipArchiveEntry> all = Collections.list(zf.getEntries());
        if (all.size() > limits.maxEntries()) {
            throw new IOException("压缩包文件数 " + all.size() + " 超过上限 " + limits.maxEntries());
        }
        Map<String, Integer> counts = new HashMap<>();
        for (ZipArchiveEntry e : all) {
            if (!e.isDirectory()) {
                counts.merge(key(normalise(name(e))), 1, Integer::sum);
            }
        }
        long total = 0;
        boolean totalExceeded = false;
        for (ZipArchiveEntry e : all) {
            if (e.isDirectory()) {
                continue;
            }
            String raw = e.getRawName() == null ? "" : HexFormat.of().formatHex(e.getRawName());
            String name = normalise(name(e));
            if (unsafe(name(e))) {
                out.accept(new Entry(name, null, OutcomeReason.UNSAFE_PATH, "不安全的路径", raw));
                continue;
            }
            if (!wanted.test(name)) {
                continue;
            }
            if (counts.getOrDefault(key(name), 0) > 1) {
                out.accept(new Entry(name, null, OutcomeReason.DUPLICATE_ENTRY, "压缩包内同名文件出现多次", raw));
                continue;
            }
            if (e.isUnixSymlink()) {
                out.accept(new Entry(name, null, OutcomeReason.SKIPPED_LINK, "压缩包内的符号链接", raw));
                continue;
            }
            if (e.getGeneralPurposeBit().usesEncryption()) {
                out.accept(new Entry(name, null, OutcomeReason.ENCRYPTED_ARCHIVE, "压缩包条目已加密", raw));
                continue;
            }
            if (totalExceeded) {
                out.accept(new Entry(name, null, OutcomeReason.ARCHIVE_LIMIT, "压缩包解压总量超过上限", raw));
                continue;
            }
            if (!zf.canReadEntryData(e)) {
                out.accept(new Entry(name, null, OutcomeReason.ARCHIVE_CORRUPT, "不支持的压缩方式", raw));
                continue;
            }
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            OutcomeReason problem = null;
            String detail = null;
            CRC32 crc = new CRC32();
            try (InputStream in = zf.getInputStream(e)) {
                byte[] b = new byte[64 << 10];
                long n = 0;
                long compressed = Math.max(1, e.getCompressedSize());
                int r;
                while ((r = in.read(b)) > 0) {
                    n += r;
                    total += r;
                    if (n > limits.maxEntryBytes()) {
                        problem = OutcomeReason.ARCHIVE_LIMIT;
                        detail = "单个文件解压后超过上限";
                        break;
                    }
                    if (total > limits.maxTotalBytes()) {
                        problem = OutcomeReason.ARCHIVE_LIMIT;
                        detail = "压缩包解压总量超过上限";
                        totalExceeded = true;
                        break;
                    }
                    if (n > limits.graceBytes() && (double) n / compressed > limits.maxRatio()) {
                        problem = OutcomeReason.ARCHIVE_LIMIT;
                        detail = "压缩比异常（疑似压缩炸弹）";
                        break;
                    }
                    buf.write(b, 0, r);
                    crc.update(b, 0, r);
                }
                // The zip reader does not verify CRCs: a flipped byte in a stored entry would pass unnoticed.
                if (problem == null && e.getCrc() != -1 && crc.getValue() != e.getCrc()) {
                    problem = OutcomeReason.ARCHIVE_CORRUPT;
                    detail = "压缩包条目校验和不符";
                }
            } catch (IOException | RuntimeException ex) {
                problem = OutcomeReason.ARCHIVE_CORRUPT;
                detail = "压缩包条目损坏：" + ex.getClass().getSimpleName();
            }
            out.accept(problem == null ? new Entry(name, buf.toByteArray(), null, null, raw)
                    : new Entry(name, null, problem, detail, raw));
        }
    }

    /** Separators unified to '/', leading "./" removed. */
    static String normalise(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("./")) {
            n = n.substring(2);
        }
        return n;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Absolute paths, drive letters, parent references and control characters are refused. */
    static boolean unsafe(String name) {
        String n = name.replace('\\', '/');
        if (n.isEmpty() || n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return n.chars().anyMatch(c -> c < 0x20);
    }
}
