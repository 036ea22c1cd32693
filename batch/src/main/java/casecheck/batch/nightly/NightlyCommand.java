package casecheck.batch.nightly;

import casecheck.batch.BatchMain;
import casecheck.batch.BatchRuntime;
import casecheck.batch.CasecheckBatchApplication;
import casecheck.batch.schedule.BusinessDay;
import casecheck.batch.StoreOptions;
import casecheck.batch.store.RunLock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code casecheck nightly --export DIR [--date D]}: the nightly run of one business date. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"夜间检查：检查整个导出的全部卷宗与警情，记录问题的新发现、延续与整改。",
                "同一业务日期再次运行时从中断处继续；已完成的日期不会重复计数。"})
public class NightlyCommand implements Callable<Integer> {

    private final BatchRuntime runtime;

    @Option(names = "--export", required = true, paramLabel = "DIR", description = "当晚的导出目录（或 zip）")
    Path export;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "业务日期（上海时间），默认为刚结束的一天（上海时间昨天），与定时任务和晨报的默认日期一致")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "并行检查的线程数，默认等于处理器核数")
    Integer threads;

    @Option(names = "--report", description = "检查完成后为每个单位生成晨报（HTML、Excel、PDF）写入发件箱")
    boolean report;

    @Mixin
    StoreOptions store;

    public NightlyCommand(BatchRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() throws Exception {
        // Same convention as serve and report: the night that just ended, so a manual run and the 08:00 report agree.
        LocalDate businessDate = date != null ? date
                : new BusinessDay(runtime.clock(), CasecheckBatchApplication.ZONE).lastEnded();
        if (!fileNamesReadable()) {
            runtime.console().err().println("文件名编码不是 UTF-8（当前 " + System.getProperty("sun.jnu.encoding")
                    + "），中文路径的卷宗无法打开；请设置 LC_ALL=C.UTF-8 后重试");
            return 2;
        }
        Optional<RunLock> lock = RunLock.tryAcquire(store.dataDir.toAbsolutePath().normalize());
        if (lock.isEmpty()) {
            runtime.console().err().println("已有夜间检查正在使用该数据目录，本次启动被拒绝（业务日期 " + businessDate + "）");
            return BatchMain.REFUSED;
        }
        try (RunLock held = lock.get()) {
            Map<String, Object> props = store.properties();
            if (threads != null) {
                props.put("casecheck.nightly.threads", threads);
            }
            if (report) {
                props.put("casecheck.report.after-nightly", "true"); // read by casecheck.batch.report.ReportAfterNightly
            }
            ConfigurableApplicationContext ctx = runtime.start(props);
            int code = 1;
            try {
                code = launch(ctx, businessDate);
            } finally {
                code = BatchRuntime.close(ctx, code);
            }
            return code;
        }
    }

    /** False when the JVM cannot name Chinese paths (POSIX locale): every 卷宗/… would silently go missing. */
    static boolean fileNamesReadable() {
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        try {
            return java.nio.charset.Charset.forName(jnu).newEncoder().canEncode("卷宗笔录");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private int launch(ConfigurableApplicationContext ctx, LocalDate businessDate) {
        NightlyLauncher.Outcome outcome = ctx.getBean(NightlyLauncher.class)
                .run(businessDate, export.toAbsolutePath().normalize());
        var out = runtime.console().out();
        switch (outcome.kind()) {
            case COMPLETED, ALREADY_COMPLETED -> {
                boolean rerun = outcome.kind() == NightlyLauncher.Outcome.Kind.ALREADY_COMPLETED;
                if (rerun) {
                    out.println(outcome.message());
                }
                ctx.getBean(NightlySummary.class).print(businessDate, out);
                ctx.publishEvent(new NightlyRunCompleted(businessDate, rerun));
                return 0;
            }
            case REFUSED -> {
                runtime.console().err().println(outcome.message());
                return BatchMain.REFUSED;
            }
            default -> {
                runtime.console().err().println(outcome.message());
                return 1;
            }
        }
    }
}
