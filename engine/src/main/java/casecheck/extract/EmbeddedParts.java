package casecheck.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The objects embedded in an OOXML document (a PDF, a zip or an OLE object inside a DOCX or XLSX; reliability-
 * checklist B13). They are listed from the package's central directory and never opened: the document's body is
 * checked, and its outcome record says which embedded objects were not, so none is silently taken as checked.
 */
final class EmbeddedParts {

    private static final Pattern EMBEDDED = Pattern.compile("(?:word|xl|ppt)/embeddings/[^/]+");
    /** Names listed in the note; the count covers them all. */
    static final int MAX_LISTED = 10;

    private EmbeddedParts() {
    }

    /** Null when the package embeds nothing (or cannot be listed); otherwise the Chinese note for the record. */
    static String note(byte[] ooxml) {
        List<String> listed = new ArrayList<>();
        int count = 0;
        try (ZipFile zip = ZipFile.builder().setByteArray(ooxml).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (!e.isDirectory() && EMBEDDED.matcher(e.getName()).matches()) {
                    count++;
                    if (listed.size() < MAX_LISTED) {
                        long kb = Math.max(0, e.getSize()) >> 10;
                        listed.add(e.getName().substring(e.getName().lastIndexOf('/') + 1) + "（" + kb + " KB）");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // the body reader reports a broken package
        }
        if (count == 0) {
            return null;
        }
        return "含嵌入对象 " + count + " 个，未检查其内容：" + String.join("、", listed) + (count > listed.size() ? " 等" : "");
    }

    /** {@code ex} with the embedded-object note added to its detail (unchanged when there is none). */
    static Extraction noted(Extraction ex, byte[] ooxml) {
        String note = note(ooxml);
        if (note == null) {
            return ex;
        }
        return new Extraction(ex.mediaType(), ex.pages(), ex.paged(), ex.reason(),
                ex.detail() == null ? note : ex.detail() + "；" + note);
    }
}
