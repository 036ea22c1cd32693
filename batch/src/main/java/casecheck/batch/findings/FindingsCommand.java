package casecheck.batch.findings;

import casecheck.batch.BatchMain;
import casecheck.batch.BatchRuntime;
import casecheck.batch.StoreOptions;
import casecheck.batch.nightly.CheckEngine;
import casecheck.batch.store.FindingStatus;
import casecheck.batch.store.FindingsStore;
import casecheck.batch.store.StoredFinding;
import casecheck.batch.store.UnitDirectory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code casecheck findings list|dismiss}: look at the findings store and dismiss a finding. */
@Command(name = "findings", mixinStandardHelpOptions = true, description = "问题库：查看问题，排除误报",
        subcommands = {FindingsCommand.ListCommand.class, FindingsCommand.DismissCommand.class})
public class FindingsCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "请指定 list 或 dismiss");
    }

    /** {@code findings list [--status S] [--unit U]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出问题（摘录已脱敏）")
    public static class ListCommand implements Callable<Integer> {

        private final BatchRuntime runtime;

        @Option(names = "--status", paramLabel = "STATUS", description = "OPEN（未整改）、RECTIFIED（已整改）或 DISMISSED（已排除）")
        FindingStatus status;

        @Option(names = "--unit", paramLabel = "CODE", description = "单位编码（含下级单位）")
        String unit;

        @Option(names = "--limit", defaultValue = "500", description = "最多列出条数，默认 ${DEFAULT-VALUE}")
        int limit;

        @Mixin
        StoreOptions store;

        public ListCommand(BatchRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public Integer call() {
            ConfigurableApplicationContext ctx = FindingsCommand.open(runtime, store);
            if (ctx == null) {
                return BatchMain.REFUSED;
            }
            try {
                CheckEngine engine = ctx.getBean(CheckEngine.class);
                Set<String> units = unit == null ? null : ctx.getBean(UnitDirectory.class).subtree(unit);
                List<StoredFinding> found = ctx.getBean(FindingsStore.class).list(status, units, limit);
                LocalDate today = casecheck.batch.BusinessDate.today(runtime.clock());
                var out = runtime.console().out();
                out.println("编号\t状态\t严重程度\t规则\t案件/警情\t单位\t文书\t页\t首次发现\t天数\t摘录");
                for (StoredFinding f : found) {
                    out.println(String.join("\t", f.fingerprint(), f.status().label(), f.severity().label(),
                            f.ruleId(), nz(f.caseId()), nz(f.unitCode()), nz(engine.mask(nz(f.document()))),
                            f.page() == null ? "" : f.page().toString(), f.firstSeen().toString(),
                            Long.toString(f.ageDays(today)), engine.mask(nz(f.excerpt())).replace('\t', ' ')
                                    .replace('\n', ' ')));
                }
                out.println("共 " + found.size() + " 条");
                out.flush();
                return BatchRuntime.close(ctx, 0);
            } catch (RuntimeException e) {
                BatchRuntime.close(ctx, 1);
                throw e;
            }
        }
    }

    /** {@code findings dismiss FINGERPRINT --reason R --by NAME}. */
    @Command(name = "dismiss", mixinStandardHelpOptions = true,
            description = "排除一条问题（记录排除人、时间与理由）；证据变化后会重新出现")
    public static class DismissCommand implements Callable<Integer> {

        private final BatchRuntime runtime;

        @Parameters(paramLabel = "FINGERPRINT", description = "问题编号（可用不少于 6 位的前缀）")
        String fingerprint;

        @Option(names = "--reason", required = true, description = "排除理由")
        String reason;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "排除人")
        String by;

        @Mixin
        StoreOptions store;

        public DismissCommand(BatchRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public Integer call() {
            ConfigurableApplicationContext ctx = FindingsCommand.open(runtime, store);
            if (ctx == null) {
                return BatchMain.REFUSED;
            }
            int code;
            try {
                StoredFinding f = ctx.getBean(FindingsStore.class).dismiss(fingerprint, reason, by,
                        LocalDateTime.now(runtime.clock()));
                runtime.console().out().println("已排除问题 " + f.fingerprint() + "（" + f.ruleId() + "，"
                        + nz(f.caseId()) + "），排除人 " + f.dismissedBy() + "，时间 " + f.dismissedAt());
                runtime.console().out().flush();
                code = 0;
            } catch (IllegalArgumentException e) {
                runtime.console().err().println(e.getMessage());
                code = 2;
            }
            return BatchRuntime.close(ctx, code);
        }
    }

    /** The context, or null (message printed) when the store is in use by a running nightly job. */
    static ConfigurableApplicationContext open(BatchRuntime runtime, StoreOptions store) {
        try {
            return runtime.start(store.properties());
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            if (String.valueOf(t.getMessage()).contains("already in use")) {
                runtime.console().err().println("问题库正被夜间检查使用，请在检查结束后再试");
                return null;
            }
            throw e;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
