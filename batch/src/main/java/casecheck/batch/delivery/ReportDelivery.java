package casecheck.batch.delivery;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;

import casecheck.privacy.Masker;

/**
 * Delivers report packages through the ledger: registers each (unit, day, content) once, sends it unless already
 * sent, records failures so they are retried and shown, never lost. Without a mailer (no SMTP configured) reports
 * stay in the outbox and nothing is registered. Thread-safe.
 */
public final class ReportDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(ReportDelivery.class);

    private final DeliveryLedger ledger;
    private final ReportMailer mailer;
    private final int maxAttempts;

    /** {@code mailer} may be null: SMTP not configured. */
    public ReportDelivery(DeliveryLedger ledger, ReportMailer mailer, int maxAttempts) {
        this.ledger = ledger;
        this.mailer = mailer;
        this.maxAttempts = maxAttempts;
    }

    public boolean enabled() { return mailer != null; }

    public DeliveryLedger ledger() { return ledger; }

    /** Sends {@code pkg} unless the same content was already sent; returns the ledger row after the attempt. */
    public Optional<Delivery> deliver(ReportPackage pkg) {
        if (mailer == null) {
            return Optional.empty();
        }
        if (pkg.recipients().isEmpty()) {
            return Optional.of(ledger.register(pkg.unitCode(), pkg.date(), pkg.contentHash(), pkg.subject(), List.of(),
                    DeliveryStatus.NO_RECIPIENTS));
        }
        Delivery d = ledger.register(pkg.unitCode(), pkg.date(), pkg.contentHash(), pkg.subject(), pkg.recipients(),
                DeliveryStatus.PENDING);
        ledger.supersedeOthers(pkg.unitCode(), pkg.date(), pkg.contentHash());
        if (d.status() == DeliveryStatus.SENT || d.status() == DeliveryStatus.NO_RECIPIENTS) {
            return Optional.of(d);
        }
        return Optional.of(attempt(d, pkg));
    }

    /**
     * Retries every unsent delivery that has attempts left; {@code packages} rebuilds a delivery's package from the
     * outbox (empty when the files changed or vanished: the row is then superseded). Returns the rows after the retry.
     */
    public List<Delivery> retryUnsent(Function<Delivery, Optional<ReportPackage>> packages) {
        if (mailer == null) {
            return List.of();
        }
        return ledger.unsent().stream().filter(d -> d.attempts() < maxAttempts).map(d -> {
            Optional<ReportPackage> pkg = packages.apply(d);
            if (pkg.isEmpty() || !pkg.get().contentHash().equals(d.contentHash())) {
                ledger.supersedeOthers(d.unitCode(), d.businessDate(),
                        pkg.map(ReportPackage::contentHash).orElse("-"));
                return ledger.find(d.unitCode(), d.businessDate(), d.contentHash()).orElse(d);
            }
            return attempt(d, pkg.get());
        }).toList();
    }

    private Delivery attempt(Delivery d, ReportPackage pkg) {
        try {
            mailer.send(pkg);
            ledger.markSent(d.id());
        } catch (MailException e) {
            LOG.warn("报告邮件发送失败（单位 {}，{}，第 {} 次）：{}", Masker.mask(d.unitCode()), d.businessDate(),
                    d.attempts() + 1, Masker.mask(String.valueOf(e.getMessage())));
            ledger.markFailed(d.id(), e.getMessage());
        }
        return ledger.find(d.unitCode(), d.businessDate(), d.contentHash()).orElseThrow();
    }
}
