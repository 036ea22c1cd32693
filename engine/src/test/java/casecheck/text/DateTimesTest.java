package casecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DateTimesTest {

    @Test
    void allExportAndTranscriptStyles() {
        LocalDateTime t = LocalDateTime.of(2026, 11, 3, 14, 20);
        assertThat(DateTimes.parseDateTime("2026-11-03 14:20")).isEqualTo(t);
        assertThat(DateTimes.parseDateTime("2026-11-03 14:20:30")).isEqualTo(t.withSecond(30));
        assertThat(DateTimes.parseDateTime("2026/11/3 14:20")).isEqualTo(t);
        assertThat(DateTimes.parseDateTime("2026年11月3日14时20分")).isEqualTo(t);
        assertThat(DateTimes.parseDateTime("2026年11月3日 14时")).isEqualTo(t.withMinute(0));
        assertThat(DateTimes.parseDateTime("二〇二六年十一月三日十四时二十分")).isEqualTo(t);
        assertThat(DateTimes.parseDateTime("二〇二六年十一月三日十四时零五分")).isEqualTo(t.withMinute(5));
        assertThat(DateTimes.parseDateTime("２０２６年１１月３日１４时２０分")).isEqualTo(t);
        assertThat(DateTimes.parseDate("二〇二六年十一月三日")).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(DateTimes.parseDateTimeLenient("2026-11-03")).isEqualTo(LocalDate.of(2026, 11, 3).atStartOfDay());
    }

    @Test
    void neverGuesses() {
        assertThat(DateTimes.parseDateTime("2026-11-03")).isNull();
        assertThat(DateTimes.parseDateTime("2026年13月3日14时")).isNull();
        assertThat(DateTimes.parseDateTime("2026年l1月3曰l4时")).isNull();
        assertThat(DateTimes.parseDateTime("2026年2月30日10时")).isNull();
        assertThat(DateTimes.parseDateTime("昨天下午")).isNull();
        assertThat(DateTimes.parseDateTime(null)).isNull();
        assertThat(DateTimes.parseDateTime("2026年11月3日25时")).isNull();
    }

    @Test
    void chineseNumerals() {
        assertThat(DateTimes.hanNumber("二〇二六")).isEqualTo("2026");
        assertThat(DateTimes.hanNumber("十一")).isEqualTo("11");
        assertThat(DateTimes.hanNumber("二十三")).isEqualTo("23");
        assertThat(DateTimes.hanNumber("十")).isEqualTo("10");
    }
}
