package casecheck.batch.report;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import casecheck.batch.BatchRuntime;
import casecheck.batch.StoreOptions;
import casecheck.batch.schedule.BusinessDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code casecheck report [--date D] [--unit U] [--no-send]}: the morning report on demand. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"晨报：按单位生成 HTML、Excel、PDF 报告（单位只看到本单位及下属单位的问题），写入发件箱；",
                "配置了邮件服务器（spring.mail.host）时发送给各单位负责人、分管领导和法制员。",
                "同一日期同一内容只发送一次。夜间检查未完成时，报告顶部会注明数据截至哪一天。"})
public class ReportCommand implements Callable<Integer> {

    private final BatchRuntime runtime;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "业务日期（上海时间），默认昨天")
    LocalDate date;

    @Option(names = "--unit", paramLabel = "CODE", description = "只生成该单位（含下属单位）的报告")
    String unit;

    @Option(names = "--no-send", description = "只写入发件箱，不发送邮件")
    boolean noSend;

    @Mixin
    StoreOptions store;

    public ReportCommand(BatchRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        LocalDate businessDate = date != null ? date
                : new BusinessDay(runtime.clock(), ReportSettings.SHANGHAI).lastEnded();
        ConfigurableApplicationContext ctx = runtime.start(store.properties());
        int code = 1;
        try {
            ReportService reports = ctx.getBean(ReportService.class);
            ReportRun run = reports.run(businessDate, unit, !noSend);
            ReportSummary.print(run, reports, runtime.console().out());
            if (!noSend) {
                reports.retryDeliveries();
            }
            code = 0;
        } catch (IllegalArgumentException e) {
            runtime.console().err().println(e.getMessage());
            code = 2;
        } finally {
            code = BatchRuntime.close(ctx, code);
        }
        return code;
    }
}
