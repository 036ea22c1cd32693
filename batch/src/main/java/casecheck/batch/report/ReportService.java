package casecheck.batch.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import casecheck.batch.delivery.Delivery;
import casecheck.batch.delivery.Outbox;
import casecheck.batch.delivery.ReportDelivery;
import casecheck.batch.delivery.ReportPackage;
import casecheck.facts.Unit;
import casecheck.privacy.Masker;

/**
 * The morning report step: reads the store for a business date, builds every unit's report (its subtree only),
 * writes HTML, XLSX and PDF to the outbox atomically and, when SMTP is configured, mails each unit's report to its
 * 负责人, 分管领导 and 法制员. Called by the scheduler at 08:00, by {@code casecheck report} and after the nightly
 * run. Deterministic: the same data and date give the same files. Thread-safe.
 */
public final class ReportService {

    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private final ReportSource source;
    private final RuleAdvice advice;
    private final ReportSettings settings;
    private final Outbox outbox;
    private final ReportDelivery delivery;
    private final List<String> admins;
    private final HtmlReportRenderer html = new HtmlReportRenderer();
    private final List<ReportRenderer> attachments = List.of(new XlsxReportRenderer(), new PdfReportRenderer());

    /** {@code delivery} may be null: files go to the outbox only. */
    public ReportService(ReportSource source, RuleAdvice advice, ReportSettings settings, Outbox outbox,
                         ReportDelivery delivery) {
        this(source, advice, settings, outbox, delivery, List.of());
    }

    /**
     * As above; {@code admins} receive the quarantine report of findings whose unit is unknown (nobody else
     * does; without admins it stays in the outbox).
     */
    public ReportService(ReportSource source, RuleAdvice advice, ReportSettings settings, Outbox outbox,
                         ReportDelivery delivery, List<String> admins) {
        this.source = Objects.requireNonNull(source);
        this.advice = Objects.requireNonNull(advice);
        this.settings = Objects.requireNonNull(settings);
        this.outbox = Objects.requireNonNull(outbox);
        this.delivery = delivery;
        this.admins = admins.stream().map(String::strip).filter(a -> EMAIL.matcher(a).matches()).toList();
    }

    public Outbox outbox() { return outbox; }

    /** Whether reports are mailed (SMTP configured). */
    public boolean mailing() { return delivery != null && delivery.enabled(); }

    /** Reports of every unit for business date {@code date}, delivered when SMTP is configured. */
    public ReportRun run(LocalDate date) {
        return run(date, null, true);
    }

    /**
     * Reports for {@code date}: of unit {@code unitCode} only when given (its subtree), else of every unit; mailed
     * when {@code deliver} and SMTP is configured, else only written to the outbox.
     */
    public ReportRun run(LocalDate date, String unitCode, boolean deliver) {
        ReportInput input = source.load(date);
        UnitReportBuilder builder = new UnitReportBuilder(input, settings, advice);
        List<Unit> units = builder.tree().units();
        if (unitCode != null) {
            Unit only = builder.tree().find(unitCode).orElseThrow(() -> new IllegalArgumentException(
                    "单位表中没有该单位：" + Masker.mask(unitCode)));
            units = List.of(only);
        }
        if (input.runState() != RunState.COMPLETED) {
            LOG.warn("{} 的夜间检查未完成（{}），报告使用 {} 的数据并注明", date, input.runState(), input.dataDate());
        }
        List<ReportRun.UnitOutput> out = new ArrayList<>();
        for (Unit unit : units) {
            out.add(write(builder.build(unit.code()), unit, deliver));
        }
        int unassigned = builder.unassigned().size();
        if (unassigned > 0 && unitCode == null) {
            LOG.warn("{} 条问题的单位不在单位表中，未列入任何单位报告，另存为待核实报告", unassigned);
            Unit quarantine = new Unit(UnitReportBuilder.UNASSIGNED, null, null, null, null, admin(0), null,
                    admin(1), null, admin(2));
            out.add(write(builder.buildUnassigned(), quarantine, deliver));
        }
        return new ReportRun(date, input.runState(), input.dataDate(), out, unassigned);
    }

    /** Deliveries not yet made (failed or pending), oldest first; empty without SMTP. */
    public List<Delivery> unsentDeliveries() {
        return delivery == null || !delivery.enabled() ? List.of() : delivery.ledger().unsent();
    }

    /** Retries deliveries that failed earlier (e.g. SMTP down at 08:00), from the files in the outbox. */
    public List<Delivery> retryDeliveries() {
        return delivery == null ? List.of() : delivery.retryUnsent(this::packageFromOutbox);
    }

    private ReportRun.UnitOutput write(UnitReport report, Unit unit, boolean deliver) {
        if (delivery != null && delivery.enabled()) {
            List<String> notes = delivery.ledger().failedBefore(unit.code(), report.date()).stream()
                    .map(d -> ReportText.get("delivery.failed", d.businessDate().toString(), d.attempts(),
                            Masker.mask(d.lastError() == null ? "" : d.lastError())))
                    .toList();
            if (!notes.isEmpty()) {
                report = report.withDeliveryNotes(notes);
            }
        }
        Path folder = outbox.folder(report.date(), unit.code());
        try {
            byte[] body = html.render(report);
            List<ReportPackage.Attachment> files = new ArrayList<>();
            for (ReportRenderer r : attachments) {
                files.add(new ReportPackage.Attachment(fileName(unit.code(), report.date(), r.extension()),
                        r.mediaType(), r.render(report)));
            }
            List<Path> written = new ArrayList<>();
            written.add(outbox.write(folder, fileName(unit.code(), report.date(), html.extension()), body));
            for (ReportPackage.Attachment a : files) {
                written.add(outbox.write(folder, a.fileName(), a.content()));
            }
            String hash = ReportPackage.hash(body, files);
            ReportPackage pkg = new ReportPackage(unit.code(), report.date(), subject(report), recipients(unit),
                    new String(body, StandardCharsets.UTF_8), files, hash);
            Optional<Delivery> sent = delivery == null || !deliver ? Optional.empty() : delivery.deliver(pkg);
            return new ReportRun.UnitOutput(unit.code(), folder, written, hash, report.openTotal(), sent);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入报告：" + folder, e);
        }
    }

    private String admin(int i) {
        return i < admins.size() ? admins.get(i) : null;
    }

    private Optional<ReportPackage> packageFromOutbox(Delivery d) {
        Path folder = outbox.folder(d.businessDate(), d.unitCode());
        try {
            Path body = folder.resolve(fileName(d.unitCode(), d.businessDate(), html.extension()));
            if (!Files.isRegularFile(body)) {
                return Optional.empty();
            }
            byte[] bodyBytes = Files.readAllBytes(body);
            List<ReportPackage.Attachment> files = new ArrayList<>();
            for (ReportRenderer r : attachments) {
                Path p = folder.resolve(fileName(d.unitCode(), d.businessDate(), r.extension()));
                if (!Files.isRegularFile(p)) {
                    return Optional.empty();
                }
                files.add(new ReportPackage.Attachment(p.getFileName().toString(), r.mediaType(), Files.readAllBytes(p)));
            }
            return Optional.of(new ReportPackage(d.unitCode(), d.businessDate(), d.subject(), d.recipients(),
                    new String(bodyBytes, StandardCharsets.UTF_8), files, ReportPackage.hash(bodyBytes, files)));
        } catch (IOException e) {
            LOG.warn("无法从发件箱读取报告 {}：{}", folder, e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code report-<unit>-<date>.<ext>}: ids only (reliability-checklist A13). */
    public static String fileName(String unitCode, LocalDate date, String extension) {
        return "report-" + Outbox.safeName(unitCode) + "-" + date + "." + extension;
    }

    static String subject(UnitReport r) {
        return Masker.mask(ReportText.get("mail.subject", r.unitName(), r.date().toString()));
    }

    /** The unit's 负责人, 分管领导 and 法制员 addresses that look like addresses, each once. */
    static List<String> recipients(Unit unit) {
        Set<String> out = new LinkedHashSet<>();
        for (String e : new String[] {unit.chiefEmail(), unit.leaderEmail(), unit.legalOfficerEmail()}) {
            if (e != null && EMAIL.matcher(e.strip()).matches()) {
                out.add(e.strip());
            }
        }
        return List.copyOf(out);
    }
}
