package casecheck.batch.delivery;

/** Where one report delivery stands in the ledger. */
public enum DeliveryStatus {
    /** Registered, not yet sent. */
    PENDING("待发送"),
    /** Accepted by the SMTP server. */
    SENT("已发送"),
    /** The last attempt failed; it will be retried. */
    FAILED("发送失败"),
    /** Replaced by a newer report of the same unit and day before it could be sent. */
    SUPERSEDED("已被新版本取代"),
    /** The unit has no e-mail address in the 单位 table; the files are only in the outbox. */
    NO_RECIPIENTS("无收件人");

    private final String label;

    DeliveryStatus(String label) { this.label = label; }

    public String label() { return label; }
}
