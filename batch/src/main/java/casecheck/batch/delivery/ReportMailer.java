package casecheck.batch.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends one report package by SMTP: the HTML report as the body, the XLSX and PDF as attachments, to the unit's
 * recipients only. Thread-safe when the sender is.
 */
public final class ReportMailer {

    private final JavaMailSender sender;
    private final String from;

    public ReportMailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Sends {@code pkg}; throws {@link MailException} when the server does not take it. */
    public void send(ReportPackage pkg) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper m = new MimeMessageHelper(message, true, "UTF-8");
            m.setFrom(from);
            m.setTo(pkg.recipients().toArray(String[]::new));
            m.setSubject(pkg.subject());
            m.setText(pkg.html(), true);
            for (ReportPackage.Attachment a : pkg.attachments()) {
                m.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.mediaType());
            }
        } catch (MessagingException e) {
            throw new MailPreparationException("无法组装报告邮件：" + pkg.unitCode(), e);
        }
        sender.send(message);
    }
}
