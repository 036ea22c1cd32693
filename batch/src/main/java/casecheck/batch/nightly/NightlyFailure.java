package casecheck.batch.nightly;

/**
 * A run-level failure with a masked Chinese message and no cause: Spring Batch copies exception text into
 * EXIT_MESSAGE, which must carry no personal data (checklist E6).
 */
public class NightlyFailure extends RuntimeException {

    public NightlyFailure(String maskedMessage) {
        super(maskedMessage, null, false, false);
    }
}
