package casecheck.batch.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads report artifacts back as text for searching: every XML part of an XLSX, PDF text plus metadata. */
public final class ArtifactText {

    private ArtifactText() {
    }

    /** All parts of the XLSX container, unzipped, as UTF-8 text (sheets, shared strings, properties). */
    public static String xlsx(byte[] bytes) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                sb.append("\n--").append(e.getName()).append("--\n");
                sb.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    /** The PDF's text and its document information (title, author, subject, keywords, creator, producer). */
    public static String pdf(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            StringBuilder sb = new StringBuilder(new PDFTextStripper().getText(doc));
            for (String key : info.getMetadataKeys()) {
                sb.append('\n').append(key).append('=').append(info.getCustomMetadataValue(key));
            }
            sb.append('\n').append(info.getTitle()).append('\n').append(info.getAuthor()).append('\n')
                    .append(info.getSubject()).append('\n').append(info.getKeywords());
            return sb.toString();
        }
    }
}
