package casecheck.cli;

import casecheck.check.RuleCatalog;
import casecheck.check.RuleInfo;
import casecheck.facts.InputTable;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code casecheck rules list|show}: the rule catalog, generated from the rules' own metadata and doc pages. */
@Command(name = "rules",
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        description = "查看规则目录：每条规则的名称、严重程度、法律依据、检查内容、整改方法和示例。",
        commandListHeading = "%n命令：%n",
        optionListHeading = "%n选项：%n",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.ShowRule.class})
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    private boolean help;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(Messages.get("usage.noCommand"));
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }

    static RuleCatalog catalog() throws Exception {
        return Subsystems.checker().catalog();
    }

    /** {@code rules list [--family F]}. */
    @Command(name = "list", synopsisHeading = "用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
            description = "列出全部规则（编号、严重程度、类别、名称）。")
    static final class ListRules implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--family", paramLabel = "<类别>",
                description = "只列出某一类规则：类别名（如 transcript）或编号前缀（如 TX 笔录、LO 地点、RI 权利告知、DL 期限、AL 警情）")
        private String family;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
        private boolean help;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<RuleInfo> rules = catalog().rules().stream()
                    .filter(r -> family == null || inFamily(r, family.strip())).toList();
            if (rules.isEmpty()) {
                String families = catalog().rules().stream().map(RuleInfo::family).distinct().sorted()
                        .collect(Collectors.joining("、"));
                throw new InputRejected(Messages.get("rules.noFamily", family, families));
            }
            out.println(pad("编号", 8) + pad("程度", 6) + pad("类别", 14) + "名称");
            for (RuleInfo r : rules) {
                out.println(pad(r.id(), 8) + pad(r.severity().label(), 6) + pad(r.family(), 14) + r.title());
            }
            out.println(Messages.get("rules.count", rules.size()));
            out.flush();
            return ExitCode.OK.code();
        }

        /** Pads to a terminal width in columns: a Chinese character takes two. */
        private static String pad(String s, int columns) {
            int w = s.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
            return s + " ".repeat(Math.max(1, columns - w));
        }

        /** A family is named by its catalog name ("transcript") or by the id prefix of its rules ("TX"). */
        private static boolean inFamily(RuleInfo r, String f) {
            return r.family().equalsIgnoreCase(f) || r.id().toUpperCase(Locale.ROOT).startsWith(f.toUpperCase(Locale.ROOT) + "-");
        }
    }

    /** {@code rules show <id>}. */
    @Command(name = "show", synopsisHeading = "用法：", descriptionHeading = "%n", parameterListHeading = "%n参数：%n",
            optionListHeading = "%n选项：%n", description = "显示一条规则：依据（含原文）、检查内容、如何整改、示例。")
    static final class ShowRule implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<编号>", description = "规则编号，如 TX-01")
        private String id;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
        private boolean help;

        @Override
        public Integer call() throws Exception {
            String key = id.strip().toUpperCase(Locale.ROOT);
            RuleInfo r = catalog().find(key)
                    .orElseThrow(() -> new InputRejected(Messages.get("rules.unknown", id)));
            PrintWriter out = spec.commandLine().getOut();
            out.println(r.id() + "  " + r.title());
            out.println();
            out.println("严重程度：" + r.severity().label());
            out.println("类别：" + r.family());
            out.println("规则名：" + r.name());
            if (!r.since().isBlank()) {
                out.println("生效日期：" + r.since());
            }
            if (!r.requires().isEmpty()) {
                out.println("所需数据：" + r.requires().stream().sorted().map(InputTable::label)
                        .collect(Collectors.joining("、")) + "表");
            }
            section(out, "法律依据", r.basis());
            section(out, "检查内容", r.trigger());
            section(out, "如何整改", r.fix());
            section(out, "示例", r.example());
            out.flush();
            return ExitCode.OK.code();
        }

        private static void section(PrintWriter out, String heading, String body) {
            if (body == null || body.isBlank()) {
                return;
            }
            out.println();
            out.println("【" + heading + "】");
            for (String line : body.strip().split("\\R")) {
                out.println("  " + line);
            }
        }
    }
}
