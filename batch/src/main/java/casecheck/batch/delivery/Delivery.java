package casecheck.batch.delivery;

import java.time.LocalDate;
import java.util.List;

/** One row of the delivery ledger: a report of a unit for a business date with a given content hash. */
public record Delivery(long id, String unitCode, LocalDate businessDate, String contentHash, String subject,
                       List<String> recipients, DeliveryStatus status, int attempts, String lastError) {

    public Delivery {
        recipients = List.copyOf(recipients);
    }
}
