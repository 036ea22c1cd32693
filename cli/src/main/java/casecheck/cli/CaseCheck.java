package casecheck.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The root command {@code casecheck}: help, version, and the subcommands {@code check} and {@code rules}. */
@Command(name = "casecheck",
        versionProvider = VersionProvider.class,
        subcommands = {CheckCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        description = {
            "执法办案质量检查：逐份检查案件卷宗（笔录、告知书、受案/立案文书），",
            "指出存在的问题、所在文书与页码、严重程度（红/橙/黄）和法律依据。"},
        commandListHeading = "%n命令：%n",
        optionListHeading = "%n选项：%n",
        footerHeading = "%n",
        footer = {
            "示例：",
            "  casecheck check 卷宗/A3201052026110001            检查一个卷宗目录",
            "  casecheck check A3201052026110001.zip --format html --output 结果.html",
            "  casecheck check 卷宗/A3201052026110001 --export 导出目录 --as-of 2026-11-22",
            "  casecheck rules list --family TX                  列出笔录类规则",
            "  casecheck rules show TX-01                        查看一条规则的依据与整改方法",
            "",
            "退出码：",
            "  0  没有达到阈值的问题",
            "  4  发现问题（或有文书未能完整检查）",
            "  2  用法错误或输入被拒绝（路径不存在、不是卷宗、文件已加密或损坏等）",
            "  1  内部错误（加 --verbose 查看详情）",
            "",
            "设置环境变量 NO_COLOR 可关闭终端颜色。"})
public final class CaseCheck implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    private boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本并退出")
    private boolean version;

    /** Without a subcommand: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println(Messages.get("usage.noCommand"));
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }

    /** Runs the CLI with UTF-8 standard streams (whatever the locale) and returns the exit code. */
    public static int run(String[] args) {
        if (args.length > 0 && "check".equals(args[0])) {
            // Start the slow loads before picocli even parses: they overlap with everything that follows.
            Subsystems.startChecker();
            Subsystems.startAssembler();
        }
        CommandLine cl = commandLine();
        cl.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
        return cl.execute(args);
    }

    /** A configured command line; tests set their own out/err writers and call {@code execute}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CaseCheck());
        cl.setParameterExceptionHandler(new Failures.UsageHandler());
        cl.setExecutionExceptionHandler(new Failures.InternalHandler());
        cl.setUsageHelpWidth(100);
        return cl;
    }
}
