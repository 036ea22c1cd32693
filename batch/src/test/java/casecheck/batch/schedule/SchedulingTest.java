package casecheck.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

import casecheck.batch.delivery.Outbox;
import casecheck.batch.report.ReportFixtures;
import casecheck.batch.report.ReportRun;
import casecheck.batch.report.ReportService;
import casecheck.batch.report.ReportSettings;

class SchedulingTest {

    @TempDir
    Path tmp;

    private static BusinessDay at(String instant) {
        return new BusinessDay(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), ReportSettings.SHANGHAI);
    }

    @Test
    @Tag("D13")
    void theBusinessDateTurnsAtMidnightShanghaiNotUtc() {
        // 15:59:59Z is 23:59:59 in Shanghai: the 22nd has not ended yet
        assertThat(at("2026-11-22T15:59:59Z").lastEnded()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(at("2026-11-22T16:00:00Z").lastEnded()).isEqualTo(LocalDate.of(2026, 11, 22));
        // 08:00 Shanghai = 00:00Z: the morning report is about the night of the 22nd
        assertThat(at("2026-11-23T00:00:00Z").lastEnded()).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void defaultSchedulesAre0200And0800InShanghai() throws Exception {
        Scheduled nightly = method("nightly").getAnnotation(Scheduled.class);
        Scheduled report = method("morningReport").getAnnotation(Scheduled.class);
        assertThat(nightly.zone()).isEqualTo("${casecheck.schedule.zone:Asia/Shanghai}");
        assertThat(report.zone()).isEqualTo(nightly.zone());
        CronExpression night = CronExpression.parse(nightly.cron().replaceAll("\\$\\{[^:]+:(.*)}", "$1"));
        CronExpression morning = CronExpression.parse(report.cron().replaceAll("\\$\\{[^:]+:(.*)}", "$1"));
        var base = LocalDate.of(2026, 11, 22).atStartOfDay(ReportSettings.SHANGHAI);
        assertThat(night.next(base).toLocalTime()).hasToString("02:00");
        assertThat(morning.next(base).toLocalTime()).hasToString("08:00");
        assertThat(morning.next(base).toInstant()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
    }

    @Test
    void theSchedulerLaunchesForTheLastEndedDayAndSurvivesAFailedNight() {
        List<LocalDate> launched = new ArrayList<>();
        ReportService reports = new ReportService(d -> ReportFixtures.input(), ReportFixtures.advice(),
                ReportSettings.defaults(), new Outbox(tmp), null);
        CasecheckScheduler s = new CasecheckScheduler(at("2026-11-22T18:00:00Z"), date -> {
            launched.add(date);
            throw new IllegalStateException("boom");
        }, reports);
        s.nightly();
        assertThat(launched).containsExactly(LocalDate.of(2026, 11, 22));
        ReportRun run = s.report();
        assertThat(run.date()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(run.units()).extracting(ReportRun.UnitOutput::unitCode)
                .containsExactly("C0", "B1", "P11", "P12", "B2", "P21", "_unassigned");
        assertThat(tmp.resolve("2026-11-22").resolve("C0").resolve("report-C0-2026-11-22.pdf")).isRegularFile();
    }

    private static Method method(String name) throws NoSuchMethodException {
        return CasecheckScheduler.class.getMethod(name);
    }
}
