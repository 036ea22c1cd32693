package casecheck.batch;

import casecheck.batch.findings.FindingsCommand;
import casecheck.batch.nightly.NightlyCommand;
import casecheck.batch.report.ReportCommand;
import casecheck.batch.schedule.ServeCommand;
import java.lang.reflect.Constructor;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the Spring side of {@code bin/casecheck}: {@code nightly}, {@code findings} (and the report
 * commands). Arguments are parsed by picocli before any Spring context starts, so {@code --help} and usage
 * errors are instant. Exit codes: 0 done, 1 failed, 2 usage error, 3 refused (another run holds the lock, or
 * the request conflicts with a stored run).
 */
@Command(name = "casecheck", mixinStandardHelpOptions = true, version = "casecheck 0.1",
        description = "执法办案质量检查：夜间批量检查与问题库",
        subcommands = {NightlyCommand.class, FindingsCommand.class, ReportCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:完成", "1:运行失败", "2:参数错误", "3:被拒绝（已有运行或与已存运行冲突）"})
public final class BatchMain implements Runnable {

    /** Exit code: refused. */
    public static final int REFUSED = 3;

    public static void main(String[] args) {
        System.exit(run(new BatchRuntime(Console.system(), Clock.system(CasecheckBatchApplication.ZONE), List.of()),
                args));
    }

    /** Runs one command line and returns its exit code (never calls System.exit). */
    public static int run(BatchRuntime runtime, String... args) {
        CommandLine cl = new CommandLine(new BatchMain(), new RuntimeFactory(runtime));
        cl.setOut(runtime.console().out());
        cl.setErr(runtime.console().err());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof IllegalArgumentException) {
                line.getErr().println(ex.getMessage()); // a rejected input (e.g. a database URL): usage error
                return 2;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "请指定子命令：nightly、findings、report 或 serve");
    }

    /** Gives commands that want it the {@link BatchRuntime} through their constructor. */
    private record RuntimeFactory(BatchRuntime runtime) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> c = cls.getDeclaredConstructor(BatchRuntime.class);
                return c.newInstance(runtime);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
