package casecheck.batch.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import casecheck.batch.nightly.NightlyLauncher;
import casecheck.batch.report.ReportService;
import casecheck.batch.store.RunLock;

/**
 * Scheduling exists only under {@code casecheck serve} ({@code casecheck.serve=true}): the other commands run one
 * job and exit. The nightly trigger takes the data directory's run lock like {@code casecheck nightly} does.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "casecheck.serve", havingValue = "true")
public class SchedulingConfiguration {

    @Bean
    public BusinessDay businessDay(Clock clock, @Value("${casecheck.schedule.zone:Asia/Shanghai}") String zone) {
        return new BusinessDay(clock, ZoneId.of(zone));
    }

    @Bean
    public NightlyTrigger nightlyTrigger(NightlyLauncher launcher,
                                         @Value("${casecheck.schedule.export-dir:}") String exportDir,
                                         @Value("${casecheck.data-dir:./casecheck-data}") String dataDir) {
        return date -> {
            if (exportDir.isBlank()) {
                throw new IllegalStateException("未指定导出目录（serve --export），" + date + " 的夜间检查未运行");
            }
            Optional<RunLock> lock = RunLock.tryAcquire(Path.of(dataDir).toAbsolutePath().normalize());
            if (lock.isEmpty()) {
                throw new IllegalStateException("已有夜间检查正在使用该数据目录，" + date + " 的计划检查未启动");
            }
            try (RunLock held = lock.get()) {
                NightlyLauncher.Outcome outcome = launcher.run(date, Path.of(exportDir));
                if (outcome.kind() == NightlyLauncher.Outcome.Kind.FAILED
                        || outcome.kind() == NightlyLauncher.Outcome.Kind.REFUSED) {
                    throw new IllegalStateException(outcome.message());
                }
            }
        };
    }

    @Bean
    public CasecheckScheduler casecheckScheduler(BusinessDay businessDay, NightlyTrigger nightly,
                                                 ReportService reports) {
        return new CasecheckScheduler(businessDay, nightly, reports);
    }
}
