package casecheck.batch;

import java.time.Clock;
import java.time.LocalDate;

/** The business date of "tonight": today in Asia/Shanghai, computed once per launch from the given clock. */
public final class BusinessDate {

    private BusinessDate() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CasecheckBatchApplication.ZONE));
    }
}
