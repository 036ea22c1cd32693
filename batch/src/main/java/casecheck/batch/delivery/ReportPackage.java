package casecheck.batch.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * One unit's report, ready to send: the HTML body and the attachments as written to the outbox. The subject is
 * already masked. {@code contentHash} (SHA-256 over the files) identifies the content in the delivery ledger.
 */
public record ReportPackage(String unitCode, LocalDate date, String subject, List<String> recipients, String html,
                            List<Attachment> attachments, String contentHash) {

    public ReportPackage {
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }

    /** A file of the report: an id-derived name, its MIME type and bytes. */
    public record Attachment(String fileName, String mediaType, byte[] content) {
    }

    /** SHA-256 over every file, length-prefixed so that moving bytes between files changes the hash. */
    public static String hash(byte[] html, List<Attachment> attachments) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            update(md, html);
            for (Attachment a : attachments) {
                update(md, a.fileName().getBytes(StandardCharsets.UTF_8));
                update(md, a.content());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest md, byte[] bytes) {
        md.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) ':');
        md.update(bytes);
    }
}
