package casecheck.batch.schedule;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import casecheck.batch.report.ReportRun;
import casecheck.batch.report.ReportService;

/**
 * The only scheduling in casecheck, active under {@code casecheck serve}: the nightly check (default 02:00) and the
 * morning report (default 08:00), both in Asia/Shanghai, and retries of failed deliveries. It computes the business
 * date once per launch and launches; it holds no job logic ("Spring Batch is not a scheduler").
 *
 * <p>Properties: {@code casecheck.schedule.zone}, {@code casecheck.schedule.nightly-cron},
 * {@code casecheck.schedule.report-cron}, {@code casecheck.schedule.retry-delay}.
 */
public class CasecheckScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(CasecheckScheduler.class);

    private final BusinessDay businessDay;
    private final NightlyTrigger nightly;
    private final ReportService reports;

    public CasecheckScheduler(BusinessDay businessDay, NightlyTrigger nightly, ReportService reports) {
        this.businessDay = businessDay;
        this.nightly = nightly;
        this.reports = reports;
    }

    @Scheduled(cron = "${casecheck.schedule.nightly-cron:0 0 2 * * *}", zone = "${casecheck.schedule.zone:Asia/Shanghai}")
    public void nightly() {
        LocalDate date = businessDay.lastEnded();
        try {
            nightly.launch(date);
        } catch (Exception e) {
            // the 08:00 report will say that the night did not finish
            LOG.error("{} 的夜间检查失败：{}", date, e.toString());
        }
    }

    @Scheduled(cron = "${casecheck.schedule.report-cron:0 0 8 * * *}", zone = "${casecheck.schedule.zone:Asia/Shanghai}")
    public void morningReport() {
        report();
    }

    /** The morning report of the last ended business day, delivered; what {@link #morningReport()} runs. */
    public ReportRun report() {
        LocalDate date = businessDay.lastEnded();
        ReportRun run = reports.run(date, null, true);
        LOG.info("{} 的晨报已生成：{} 个单位，数据日期 {}", date, run.units().size(), run.dataDate());
        return run;
    }

    @Scheduled(fixedDelayString = "${casecheck.schedule.retry-delay:PT15M}",
            initialDelayString = "${casecheck.schedule.retry-delay:PT15M}")
    public void retryDeliveries() {
        reports.retryDeliveries();
    }
}
