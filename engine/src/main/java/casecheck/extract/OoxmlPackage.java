package casecheck.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of an OOXML package (DOCX, XLSX) read straight from its zip (central directory, {@code java.util.zip}'s
 * inflater), for the streaming readers that stand in front of POI ({@code DocxText}, the export's XLSX table reader):
 * only the parts asked for are inflated, each bounded, its inflation counted against a zip-bomb ratio and its CRC
 * checked; part names are looked up case-insensitively as OPC names are; relationships are parsed and resolved; and
 * the StAX factory never reads a DTD or an external entity. The central directory rather than {@code ZipInputStream}:
 * POI's streaming writer (SXSSF, and so EasyExcel) writes data descriptors with 8-byte sizes that
 * {@code ZipInputStream} refuses.
 *
 * <p>What this class cannot read with confidence is {@link Unsupported} (the caller falls back to POI, which decides
 * with its own guards); a part that inflates like a zip bomb is {@link Bomb} (refused outright, never handed on).
 * Instances are immutable; the static methods are thread-safe.
 */
public final class OoxmlPackage {

    /** Why a streaming reader gives way to POI. */
    public static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        public Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    /** A part that inflates (or says it does) to more than {@value #MAX_RATIO} times its compressed size. */
    public static final class Bomb extends IOException {
        private static final long serialVersionUID = 1L;

        Bomb(String part) {
            super("压缩包条目 " + part + " 解压后超过压缩大小的 " + MAX_RATIO + " 倍（疑似压缩炸弹），已停止读取");
        }
    }

    /** One relationship of a part; {@code external} when its target lies outside the package. */
    public record Relationship(String id, String type, String target, boolean external) {
    }

    /** The ratio POI's own zip guard refuses too (ZipSecureFile's minimum inflate ratio 0.01). */
    static final int MAX_RATIO = 100;
    private static final long GRACE_BYTES = 100L << 10;
    private static final String PACKAGE_RELS = "_rels/.rels";

    private static final XMLInputFactory XML = newFactory();

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    private final Map<String, byte[]> parts;
    private final List<String> names;

    private OoxmlPackage(Map<String, byte[]> parts, List<String> names) {
        this.parts = parts;
        this.names = List.copyOf(names);
    }

    /**
     * Reads the package in {@code zip} through its central directory, inflating only the parts {@code keep} accepts
     * (by entry name), each through the bomb check and its CRC. A kept part larger than {@code maxPartBytes}, kept
     * parts larger than {@code maxTotalBytes} together (POI decides on those, with its own cap), a name that occurs twice (ignoring case), an encrypted entry,
     * zip64, a damaged or truncated zip, or no zip at all (an encrypted OLE2 container, say) are
     * {@link Unsupported}.
     */
    public static OoxmlPackage read(byte[] zip, Predicate<String> keep, long maxPartBytes, long maxTotalBytes)
            throws Unsupported, Bomb {
        Map<String, byte[]> parts = new HashMap<>();
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        try {
            int end = endOfCentralDirectory(zip);
            int count = u16(zip, end + 10);
            long offset = u32(zip, end + 16);
            if (count == 0xFFFF || offset == 0xFFFF_FFFFL) {
                throw new Unsupported("zip64");
            }
            int at = Math.toIntExact(offset);
            for (int i = 0; i < count; i++) {
                if (u32(zip, at) != 0x02014b50L) {
                    throw new Unsupported("damaged central directory");
                }
                int flags = u16(zip, at + 8);
                int method = u16(zip, at + 10);
                long crc = u32(zip, at + 16);
                long compressed = u32(zip, at + 20);
                long size = u32(zip, at + 24);
                int nameLength = u16(zip, at + 28);
                int skip = nameLength + u16(zip, at + 30) + u16(zip, at + 32);
                long local = u32(zip, at + 42);
                String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
                at += 46 + skip;
                if (name.endsWith("/")) {
                    continue;
                }
                if (!seen.add(key(name))) {
                    throw new Unsupported("entry twice: " + name);
                }
                names.add(name);
                if (!keep.test(name)) {
                    continue;
                }
                if ((flags & 1) != 0 || (method != 0 && method != 8) || compressed == 0xFFFF_FFFFL
                        || size == 0xFFFF_FFFFL || local == 0xFFFF_FFFFL) {
                    throw new Unsupported("entry not plainly stored or deflated: " + name);
                }
                if (size > GRACE_BYTES && size > MAX_RATIO * compressed) {
                    throw new Bomb(name);
                }
                if (size > maxPartBytes || total + size > maxTotalBytes) {
                    throw new Unsupported("part larger than the cap: " + name);
                }
                int start = Math.toIntExact(local);
                if (u32(zip, start) != 0x04034b50L) {
                    throw new Unsupported("damaged local header: " + name);
                }
                int data = start + 30 + u16(zip, start + 26) + u16(zip, start + 28);
                if (data + compressed > zip.length) {
                    throw new Unsupported("truncated entry: " + name);
                }
                byte[] bytes = inflate(name, zip, data, (int) compressed, method, (int) size, crc);
                total += bytes.length;
                parts.put(key(name), bytes);
            }
        } catch (ArithmeticException | IndexOutOfBoundsException e) {
            throw new Unsupported("zip: " + e.getClass().getSimpleName());
        }
        return new OoxmlPackage(parts, names);
    }

    /** One entry's bytes, checked against the sizes and CRC of the central directory. */
    private static byte[] inflate(String name, byte[] zip, int data, int compressed, int method, int size, long crc)
            throws Unsupported, Bomb {
        byte[] out;
        if (method == 0) {
            if (compressed != size) {
                throw new Unsupported("stored entry with two sizes: " + name);
            }
            out = java.util.Arrays.copyOfRange(zip, data, data + size);
        } else {
            out = new byte[size];
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(zip, data, compressed);
                int n = 0;
                byte[] probe = new byte[1];
                while (!inflater.finished()) {
                    int r = n < size ? inflater.inflate(out, n, Math.min(size - n, 64 << 10))
                            : inflater.inflate(probe);
                    if (r == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new Unsupported("truncated deflate data: " + name);
                    }
                    n += r;
                    if (n > size) {
                        if (n > GRACE_BYTES && n > (long) MAX_RATIO * compressed) {
                            throw new Bomb(name);
                        }
                        // more data than the directory says: a forged size, never trusted
                        throw new Unsupported("entry larger than declared: " + name);
                    }
                }
                if (n != size) {
                    throw new Unsupported("entry smaller than declared: " + name);
                }
            } catch (DataFormatException e) {
                throw new Unsupported("corrupt deflate data: " + name);
            } finally {
                inflater.end();
            }
        }
        CRC32 check = new CRC32();
        check.update(out);
        if (check.getValue() != crc) {
            throw new Unsupported("CRC mismatch: " + name);
        }
        return out;
    }

    /** The offset of the end-of-central-directory record, searched from the end (a comment may follow it). */
    private static int endOfCentralDirectory(byte[] zip) throws Unsupported {
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
                return i;
            }
        }
        throw new Unsupported("not a zip (no central directory)");
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFF_FFFFL;
    }

    /** The names of all file entries, in zip order. */
    public List<String> names() {
        return names;
    }

    /** The bytes of a kept part by its name (leading '/' optional, case ignored); null when absent or not kept. */
    public byte[] part(String name) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        return parts.get(key(n));
    }

    /**
     * The relationships of a part ({@code ""} for the package itself), in document order; empty when the part has
     * no relationships part.
     */
    public List<Relationship> relationships(String partName) throws Unsupported {
        String p = partName.startsWith("/") ? partName.substring(1) : partName;
        int slash = p.lastIndexOf('/');
        String relsName = p.isEmpty() ? PACKAGE_RELS : p.substring(0, slash + 1) + "_rels/" + p.substring(slash + 1)
                + ".rels";
        byte[] rels = part(relsName);
        if (rels == null) {
            return List.of();
        }
        List<Relationship> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try {
            XMLStreamReader r = xml(rels);
            try {
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.DTD) {
                        throw new Unsupported("DTD in " + relsName);
                    }
                    if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                        String id = r.getAttributeValue(null, "Id");
                        String type = r.getAttributeValue(null, "Type");
                        String target = r.getAttributeValue(null, "Target");
                        if (id == null || type == null || target == null || !ids.add(id)) {
                            throw new Unsupported("odd relationship in " + relsName);
                        }
                        out.add(new Relationship(id, type, target,
                                "External".equals(r.getAttributeValue(null, "TargetMode"))));
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new Unsupported("relationships: " + e.getClass().getSimpleName());
        }
        return out;
    }

    /**
     * The part name (no leading '/') that {@code target} names relative to the part {@code source} ({@code ""} for the
     * package). Targets with a scheme, query, fragment, escapes or a path above the root are {@link Unsupported}.
     */
    public static String resolve(String source, String target) throws Unsupported {
        if (target.isEmpty() || target.indexOf('%') >= 0 || target.indexOf('\\') >= 0 || target.indexOf(':') >= 0) {
            throw new Unsupported("odd target " + target);
        }
        try {
            String base = "/" + (source.startsWith("/") ? source.substring(1) : source);
            URI u = new URI(null, null, base, null).resolve(new URI(null, null, target, null)).normalize();
            String path = u.getPath();
            if (u.getScheme() != null || u.getRawQuery() != null || u.getRawFragment() != null || path == null
                    || !path.startsWith("/") || path.startsWith("/..") || path.endsWith("/")) {
                throw new Unsupported("odd target " + target);
            }
            return path.substring(1);
        } catch (java.net.URISyntaxException | RuntimeException e) {
            throw new Unsupported("odd target " + target);
        }
    }

    /** A secure streaming parser over {@code part} (no DTD is read, no external entity resolved). */
    public static XMLStreamReader xml(byte[] part) throws XMLStreamException {
        return XML.createXMLStreamReader(new ByteArrayInputStream(part));
    }

    /** Skips the current element and everything in it. */
    public static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
