package casecheck.batch.schedule;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import casecheck.batch.BatchRuntime;
import casecheck.batch.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code casecheck serve [--export DIR]}: stays up and runs the nightly check and the 08:00 report on schedule. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"常驻运行：每天 02:00 检查当晚导出，08:00（上海时间）生成并发送晨报，失败的投递定时重试。",
                "时间可用 casecheck.schedule.nightly-cron / report-cron / zone 配置。"})
public class ServeCommand implements Callable<Integer> {

    private final BatchRuntime runtime;

    @Option(names = "--export", paramLabel = "DIR",
            description = "每晚导出所在的目录（或 zip）；不指定时只按时生成晨报，不运行夜间检查")
    Path export;

    @Mixin
    StoreOptions store;

    public ServeCommand(BatchRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> props = store.properties();
        props.put("casecheck.serve", "true");
        if (export != null) {
            props.put("casecheck.schedule.export-dir", export.toAbsolutePath().normalize().toString());
        }
        ConfigurableApplicationContext ctx = runtime.start(props);
        CountDownLatch closed = new CountDownLatch(1);
        ctx.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        ctx.registerShutdownHook();
        runtime.console().out().println("casecheck 已启动：夜间检查与晨报按计划运行（Ctrl+C 退出）");
        runtime.console().out().flush();
        closed.await();
        return 0;
    }
}
