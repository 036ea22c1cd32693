package casecheck.batch.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import casecheck.batch.delivery.DeliveryLedger;
import casecheck.batch.delivery.Outbox;
import casecheck.batch.delivery.ReportDelivery;
import casecheck.batch.delivery.ReportMailer;
import casecheck.batch.store.FindingsStore;
import casecheck.batch.store.RunStore;
import casecheck.batch.store.UnitDirectory;
import casecheck.facts.Severity;

/**
 * The morning report's beans. Properties: {@code casecheck.report.outbox} (default {@code <data-dir>/outbox}),
 * {@code casecheck.report.overdue-days.red|orange|yellow} (3 / 7 / 15), {@code casecheck.schedule.zone}
 * (Asia/Shanghai), {@code casecheck.report.issue-time} (08:00), {@code casecheck.report.mail-from},
 * {@code casecheck.report.max-attempts} (10),
 * {@code casecheck.report.admin-email} (comma-separated, up to three: receive the report of findings whose unit is
 * not in the 单位 table). Mail goes out only when Spring's {@code spring.mail.host} is set.
 */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {

    @Bean
    public ReportSettings reportSettings(@Value("${casecheck.report.overdue-days.red:3}") int red,
                                         @Value("${casecheck.report.overdue-days.orange:7}") int orange,
                                         @Value("${casecheck.report.overdue-days.yellow:15}") int yellow,
                                         @Value("${casecheck.schedule.zone:Asia/Shanghai}") String zone,
                                         @Value("${casecheck.report.issue-time:08:00}") String issueTime) {
        return new ReportSettings(Map.of(Severity.RED, red, Severity.ORANGE, orange, Severity.YELLOW, yellow),
                ZoneId.of(zone), LocalTime.parse(issueTime));
    }

    @Bean
    public Outbox outbox(@Value("${casecheck.report.outbox:${casecheck.data-dir:./casecheck-data}/outbox}") String dir) {
        return new Outbox(Path.of(dir));
    }

    @Bean
    public ReportSource reportSource(RunStore runs, FindingsStore findings, UnitDirectory units) {
        return new StoreReportSource(runs, findings, units);
    }

    @Bean
    public RuleAdvice ruleAdvice() {
        return new CatalogRuleAdvice();
    }

    @Bean
    public DeliveryLedger deliveryLedger(DataSource dataSource, Clock clock) {
        return new DeliveryLedger(new JdbcTemplate(dataSource), clock);
    }

    @Bean
    public ReportDelivery reportDelivery(DeliveryLedger ledger, ObjectProvider<JavaMailSender> sender,
                                         @Value("${casecheck.report.mail-from:casecheck@localhost}") String from,
                                         @Value("${casecheck.report.max-attempts:10}") int maxAttempts) {
        JavaMailSender s = sender.getIfAvailable();
        return new ReportDelivery(ledger, s == null ? null : new ReportMailer(s, from), maxAttempts);
    }

    @Bean
    public ReportService reportService(ReportSource source, RuleAdvice advice, ReportSettings settings, Outbox outbox,
                                       ReportDelivery delivery,
                                       @Value("${casecheck.report.admin-email:}") java.util.List<String> admins) {
        return new ReportService(source, advice, settings, outbox, delivery, admins);
    }
}
