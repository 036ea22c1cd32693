package casecheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The business date is Asia/Shanghai whatever the server's zone (checklist D13). */
@Tag("D13")
class BusinessDateTest {

    @Test
    void midnightInShanghaiIsSixteenHundredUtc() {
        assertThat(BusinessDate.today(Clock.fixed(Instant.parse("2026-11-22T15:59:59Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(BusinessDate.today(Clock.fixed(Instant.parse("2026-11-22T16:00:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }
}
