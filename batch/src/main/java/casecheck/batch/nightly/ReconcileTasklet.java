package casecheck.batch.nightly;

import casecheck.batch.findings.FindingReconciler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Step 4: reconciles findings (new / carried over / rectified), totals the run and asserts that every document
 * has exactly one outcome: seen = checked + unreadable + needs review, per dossier and per run; drops fact-cache
 * entries unused for {@code casecheck.cache.keep-days} (30; 0 keeps everything). One transaction.
 */
@Component
public class ReconcileTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReconcileTasklet.class);

    private final FindingReconciler reconciler;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final NightlyStore store;
    private final int cacheKeepDays;

    public ReconcileTasklet(FindingReconciler reconciler, JdbcTemplate jdbc, Clock clock, NightlyStore store,
                            @Value("${casecheck.cache.keep-days:30}") int cacheKeepDays) {
        this.reconciler = reconciler;
        this.jdbc = jdbc;
        this.clock = clock;
        this.store = store;
        this.cacheKeepDays = cacheKeepDays;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LocalDate date = chunkContext.getStepContext().getStepExecution().getJobParameters()
                .getLocalDate(NightlyJobConfiguration.BUSINESS_DATE);
        Date d = Date.valueOf(date);
        Integer pending = jdbc.queryForObject("SELECT COUNT(*) FROM cc_dossier WHERE business_date = ? "
                + "AND status = 'PENDING'", Integer.class, d);
        if (pending != null && pending > 0) {
            throw new NightlyFailure("仍有 " + pending + " 个卷宗未检查，不能汇总");
        }
        Integer badDossiers = jdbc.queryForObject("SELECT COUNT(*) FROM cc_dossier x WHERE x.business_date = ? AND "
                + "(x.docs_seen <> x.docs_checked + x.docs_unreadable + x.docs_review OR x.docs_seen <> "
                + "(SELECT COUNT(*) FROM cc_document c WHERE c.business_date = x.business_date "
                + "AND c.case_id = x.case_id))", Integer.class, d);
        if (badDossiers != null && badDossiers > 0) {
            throw new NightlyFailure(badDossiers + " 个卷宗的文书结果数与文书数不一致");
        }
        Map<String, Object> totals = jdbc.queryForMap("SELECT COUNT(*) AS docs, "
                + "SUM(CASE WHEN outcome = 'CHECKED' THEN 1 ELSE 0 END) AS checked, "
                + "SUM(CASE WHEN outcome = 'UNREADABLE' THEN 1 ELSE 0 END) AS unreadable, "
                + "SUM(CASE WHEN outcome = 'NEEDS_REVIEW' THEN 1 ELSE 0 END) AS review "
                + "FROM cc_document WHERE business_date = ?", d);
        int seen = num(totals.get("DOCS"));
        int checked = num(totals.get("CHECKED"));
        int unreadable = num(totals.get("UNREADABLE"));
        int review = num(totals.get("REVIEW"));
        if (seen != checked + unreadable + review) {
            throw new NightlyFailure("文书总数 " + seen + " 不等于 已检查 + 无法读取 + 需复核");
        }
        int outside = filesNotInManifest(date);
        store.recordFilesNotInManifest(date, outside);
        if (outside > 0) {
            log.warn("业务日期 {}：导出目录中有 {} 个文件不在运行开始时固定的清单内（运行开始后新增或改名），本次未检查",
                    date, outside);
        }
        FindingReconciler.Result r = reconciler.reconcile(date);
        jdbc.update("UPDATE cc_run SET status = 'COMPLETED', finished_at = ?, docs_seen = ?, docs_checked = ?, "
                        + "docs_unreadable = ?, docs_review = ?, dossiers_failed = (SELECT COUNT(*) FROM cc_dossier "
                        + "WHERE business_date = ? AND status = 'FAILED'), cache_hits = (SELECT COUNT(*) FROM "
                        + "cc_dossier WHERE business_date = ? AND from_cache = TRUE) WHERE business_date = ?",
                Timestamp.valueOf(LocalDateTime.now(clock)), seen, checked, unreadable, review, d, d, d);
        log.info("业务日期 {}：汇总完成 {}，整改 {}", date, r.transitions(), r.rectified());
        if (cacheKeepDays > 0) {
            // Facts of dossiers that no night has needed for that long (closed cases, moved exports) are dropped.
            int pruned = store.pruneCache(date.minusDays(cacheKeepDays));
            if (pruned > 0) {
                log.info("业务日期 {}：清理 {} 条 {} 天未使用的事实缓存", date, pruned, cacheKeepDays);
            }
        }
        return RepeatStatus.FINISHED;
    }

    /** Regular files of the export now that the frozen manifest does not list (names only, nothing is read). */
    private int filesNotInManifest(LocalDate date) {
        Path exportDir = store.exportDir(date);
        if (!Files.isDirectory(exportDir, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        Set<String> frozen = new HashSet<>();
        store.manifest(date).forEach(e -> frozen.add(e.path()));
        try {
            Set<String> now = FrozenDossier.regularFiles(exportDir);
            now.removeAll(frozen);
            return now.size();
        } catch (IOException e) {
            log.warn("业务日期 {}：无法列出导出目录，未统计清单外文件", date);
            return 0;
        }
    }

    private static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
