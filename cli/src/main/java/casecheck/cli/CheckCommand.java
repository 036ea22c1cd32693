package casecheck.cli;

import casecheck.assemble.DossierAssembler;
import casecheck.assemble.DossierException;
import casecheck.check.CheckResult;
import casecheck.check.Checker;
import casecheck.check.FactSet;
import casecheck.check.Finding;
import casecheck.export.ExportException;
import casecheck.export.ExportLayout;
import casecheck.export.ExportTables;
import casecheck.facts.AsOf;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DossierDocument;
import casecheck.facts.OutcomeReason;
import casecheck.facts.Severity;
import casecheck.privacy.Masker;
import casecheck.render.FindingsRenderer;
import casecheck.render.RenderContext;
import casecheck.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code casecheck check}: one dossier (folder or zip) in, findings out. */
@Command(name = "check",
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        description = {
            "检查一个案件卷宗（目录或 .zip），按严重程度列出问题：文书、页码、原文摘录和法律依据。",
            "不加 --export 时，案件信息只取自卷宗文书；加上导出目录时，同时使用导出表格中该案件的记录。"},
        parameterListHeading = "%n参数：%n",
        optionListHeading = "%n选项：%n",
        footerHeading = "%n",
        footer = {
            "示例：",
            "  casecheck check 卷宗/A3201052026110001",
            "  casecheck check 卷宗/A3201052026110001 --export 导出目录 --as-of 2026-11-22",
            "  casecheck check A3201052026110001.zip --format xlsx --output 结果.xlsx",
            "  casecheck check -- -以减号开头的目录      （-- 之后的参数都视为路径）",
            "",
            "退出码：0 没有达到阈值的问题；4 发现问题或有文书未能完整检查；2 用法错误或输入被拒绝；1 内部错误。"})
final class CheckCommand implements Callable<Integer> {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> EXPORT_TABLE_NAMES = List.of("案件", "警情", "人员", "强制措施", "单位", "场所",
            "cases", "alerts", "persons", "measures", "units", "venues");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<卷宗>", description = "卷宗目录或 .zip 文件（一个案件）")
    private Path dossier;

    @Option(names = "--export", paramLabel = "<导出目录>",
            description = "导出目录或 .zip（含 案件/警情/人员/强制措施 等表格），用于补充该案件的表格记录")
    private Path export;

    @Option(names = "--as-of", paramLabel = "<日期>",
            description = "检查基准日（业务日期），如 2026-11-22；默认今天（北京时间）。期限类规则以此日 23:59:59 计算")
    private String asOf;

    @Option(names = {"-f", "--format"}, paramLabel = "<格式>", defaultValue = "text",
            description = "输出格式：text（默认）、json、html、xlsx、pdf")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "<文件>", description = "写入文件而不是标准输出（xlsx、pdf 必须指定）")
    private Path output;

    @Option(names = "--force", description = "输出文件已存在时覆盖")
    private boolean force;

    @Option(names = "--min-severity", paramLabel = "<程度>", defaultValue = "yellow",
            description = "只报告不低于此程度的问题：red、orange、yellow（默认）")
    private String minSeverity;

    @Option(names = {"-v", "--verbose"}, description = "出错时显示详细信息（含堆栈），并输出各阶段用时")
    private boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    private boolean help;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        Subsystems.startChecker();
        Subsystems.startAssembler();
        PrintWriter err = spec.commandLine().getErr();

        FindingsRenderer renderer = renderer();
        Severity threshold = threshold();
        AsOf when = AsOf.endOfDay(businessDate());
        checkOutput(renderer);
        checkDossier();
        ExportTables tables = tables(err);

        DossierAssembler assembler = Subsystems.assembler();
        FactSet facts;
        try {
            // One dossier on an otherwise idle machine: read its documents on every core.
            facts = assembler.assemble(dossier, tables, Runtime.getRuntime().availableProcessors());
        } catch (DossierException e) {
            throw new InputRejected(Messages.get("dossier.rejected", Masker.mask(e.getMessage())), e);
        }
        rejectIfNotADossier(facts);
        long assembled = System.nanoTime();

        Checker checker = Subsystems.checker();
        CheckResult full = checker.check(facts, when);
        List<Finding> shown = full.findings().stream()
                .filter(f -> f.severity() == null || f.severity().atLeast(threshold)).toList();
        CheckResult result = new CheckResult(full.subject(), shown, full.notEvaluated(), full.documents());
        long checked = System.nanoTime();

        RenderContext ctx = new RenderContext(when, checker.catalog()::find, threshold, colour(),
                "casecheck " + VersionProvider.version());
        write(renderer, result, ctx);
        if (verbose) {
            err.printf("用时：读取与分析 %d ms，规则检查 %d ms，合计 %d ms%n", (assembled - started) / 1_000_000,
                    (checked - assembled) / 1_000_000, (System.nanoTime() - started) / 1_000_000);
        }
        boolean incomplete = result.documents().stream().anyMatch(d -> d.outcome() != DocumentOutcome.CHECKED);
        return shown.isEmpty() && !incomplete ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }

    private FindingsRenderer renderer() throws InputRejected {
        try {
            return Renderers.byName(format);
        } catch (IllegalArgumentException e) {
            throw new InputRejected(e.getMessage(), e);
        }
    }

    private Severity threshold() throws InputRejected {
        try {
            return Severity.parse(minSeverity);
        } catch (IllegalArgumentException e) {
            throw new InputRejected(e.getMessage(), e);
        }
    }

    /** ISO dates, 2026/11/22, 20261122 and 2026年11月22日; default: today in Asia/Shanghai. */
    private LocalDate businessDate() throws InputRejected {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(SHANGHAI);
        }
        String s = asOf.strip();
        for (String pattern : List.of("uuuu-M-d", "uuuu/M/d", "uuuuMMdd", "uuuu年M月d日", "uuuu.M.d")) {
            try {
                return LocalDate.parse(s, DateTimeFormatter.ofPattern(pattern, Locale.ROOT)
                        .withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        throw new InputRejected(Messages.get("asOf.invalid", asOf));
    }

    private void checkOutput(FindingsRenderer renderer) throws InputRejected {
        if (output == null) {
            if (renderer.binary() && System.console() != null) {
                throw new InputRejected(Messages.get("output.binaryToTerminal", renderer.name()));
            }
            return;
        }
        if (Files.isDirectory(output)) {
            throw new InputRejected(Messages.get("output.isDirectory", output));
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !force) {
            throw new InputRejected(Messages.get("output.exists", output));
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputRejected(Messages.get("output.noParent", output));
        }
    }

    private void checkDossier() throws InputRejected, IOException {
        if (dossier.toString().isBlank() || !Files.exists(dossier, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputRejected(Messages.get("dossier.missing", dossier));
        }
        if (Files.isDirectory(dossier, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.list(dossier)) {
                List<Path> entries = s.toList();
                if (entries.isEmpty()) {
                    throw new InputRejected(Messages.get("dossier.empty", dossier));
                }
                if (looksLikeExport(entries)) {
                    throw new InputRejected(Messages.get("dossier.isExport", dossier));
                }
            } catch (java.nio.file.AccessDeniedException e) {
                throw new InputRejected(Messages.get("dossier.unreadable", dossier), e);
            }
        } else if (Files.isRegularFile(dossier, LinkOption.NOFOLLOW_LINKS)) {
            if (!dossier.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                throw new InputRejected(Messages.get("dossier.notZip", dossier));
            }
            if (Files.size(dossier) == 0) {
                throw new InputRejected(Messages.get("dossier.emptyZip", dossier));
            }
        } else if (!Files.isSymbolicLink(dossier)) {
            throw new InputRejected(Messages.get("dossier.special", dossier));
        }
    }

    /** An export root (卷宗/ folder or the tables) given where one case's dossier was expected. */
    private static boolean looksLikeExport(List<Path> entries) {
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p) && ExportLayout.DOSSIER_FOLDERS.contains(name)) {
                return true;
            }
            int dot = name.lastIndexOf('.');
            String base = dot > 0 ? name.substring(0, dot) : name;
            if (Files.isRegularFile(p) && EXPORT_TABLE_NAMES.contains(base.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private ExportTables tables(PrintWriter err) throws InputRejected {
        if (export == null) {
            return ExportTables.empty();
        }
        if (!Files.exists(export)) {
            throw new InputRejected(Messages.get("export.missing", export));
        }
        try {
            ExportTables t = ExportTables.load(export);
            for (String w : t.warnings()) {
                err.println(Messages.get("export.warning", Masker.mask(w)));
            }
            return t;
        } catch (ExportException e) {
            throw new InputRejected(Messages.get("export.rejected", Masker.mask(e.getMessage())), e);
        }
    }

    /** A folder without a single document of a supported format is not a dossier (exit 2, not "no findings"). */
    private void rejectIfNotADossier(FactSet facts) throws InputRejected {
        List<DossierDocument> docs = facts.documents();
        if (docs.isEmpty()) {
            throw new InputRejected(Messages.get("dossier.noDocuments", dossier));
        }
        if (docs.stream().allMatch(d -> d.reason() == OutcomeReason.UNSUPPORTED_FORMAT)) {
            throw new InputRejected(Messages.get("dossier.noSupported", dossier));
        }
        if (docs.size() == 1 && !docs.get(0).isReadable() && isArchiveProblem(docs.get(0).reason())) {
            throw new InputRejected(Messages.get("dossier.archive", dossier, docs.get(0).reason().label()));
        }
    }

    private static boolean isArchiveProblem(OutcomeReason r) {
        return r == OutcomeReason.ARCHIVE_CORRUPT || r == OutcomeReason.ENCRYPTED_ARCHIVE || r == OutcomeReason.ARCHIVE_LIMIT;
    }

    /** ANSI colours only on a terminal, never with NO_COLOR (no-color.org) or into a file. */
    private boolean colour() {
        String noColor = System.getenv("NO_COLOR");
        return output == null && System.console() != null && (noColor == null || noColor.isEmpty())
                && !"dumb".equals(System.getenv("TERM"));
    }

    private void write(FindingsRenderer renderer, CheckResult result, RenderContext ctx) throws IOException {
        if (output != null) {
            // Written next to the target and moved into place: a failed run never leaves half a report.
            Path target = output.toAbsolutePath();
            Path tmp = Files.createTempFile(target.getParent(), ".casecheck-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    renderer.render(result, ctx, out);
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            spec.commandLine().getErr().println(Messages.get("output.written", output));
            return;
        }
        if (renderer.binary()) {
            OutputStream raw = new FileOutputStream(FileDescriptor.out);
            renderer.render(result, ctx, raw);
            raw.flush();
            return;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        renderer.render(result, ctx, buf);
        PrintWriter out = spec.commandLine().getOut();
        out.print(buf.toString(StandardCharsets.UTF_8));
        out.flush();
    }
}
