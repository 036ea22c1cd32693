package casecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** An unexpected exception is an internal error: exit 1, a masked Chinese line, the stack trace only with --verbose. */
class FailuresTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Option(names = "--verbose")
        boolean verbose;

        @Override
        public Integer call() {
            throw new IllegalStateException("解析失败：身份证号 11010519491231002X");
        }
    }

    private static CliRun run(String... args) {
        CommandLine cl = CaseCheck.commandLine();
        cl.addSubcommand("boom", new Boom());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new CliRun(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void internalErrorExitsOneWithoutStackTrace() {
        CliRun r = run("boom");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("内部错误（IllegalStateException）", "1***************2X", "--verbose")
                .doesNotContain("11010519491231002X", "\tat ");
    }

    @Test
    void verboseShowsTheStackTrace() {
        CliRun r = run("boom", "--verbose");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("\tat casecheck.cli.FailuresTest$Boom.call").doesNotContain("11010519491231002X");
    }
}
