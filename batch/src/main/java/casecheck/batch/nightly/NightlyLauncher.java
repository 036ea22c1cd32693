package casecheck.batch.nightly;

import casecheck.batch.store.DatabaseRunLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts, restarts or refuses the nightly job of a business date. The caller holds the run lock
 * ({@link casecheck.batch.store.RunLock}) and this class takes the database's ({@link DatabaseRunLock}, for a
 * PostgreSQL store shared between hosts), so an execution still marked STARTED belongs to a dead process
 * (e.g. {@code kill -9}): it is recovered ({@link JobOperator#recover}) and the instance restarted, which
 * continues with the dossiers not yet committed. A date already completed is reported, not run again.
 */
@Component
public class NightlyLauncher {

    private static final Logger log = LoggerFactory.getLogger(NightlyLauncher.class);

    /** How a launch ended. {@code message} is Chinese and masked. */
    public record Outcome(LocalDate businessDate, Kind kind, BatchStatus status, String message) {

        /** COMPLETED now, ALREADY_COMPLETED earlier (nothing counted twice), FAILED, or REFUSED. */
        public enum Kind { COMPLETED, ALREADY_COMPLETED, FAILED, REFUSED }
    }

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job nightlyJob;
    private final NightlyStore store;
    private final CheckEngine engine;
    private final Clock clock;
    private final DatabaseRunLock databaseLock;

    public NightlyLauncher(JobOperator operator, JobRepository repository, Job nightlyJob, NightlyStore store,
                           CheckEngine engine, Clock clock, DatabaseRunLock databaseLock) {
        this.operator = operator;
        this.repository = repository;
        this.nightlyJob = nightlyJob;
        this.store = store;
        this.engine = engine;
        this.clock = clock;
        this.databaseLock = databaseLock;
    }

    public static JobParameters parameters(LocalDate businessDate) {
        return new JobParametersBuilder()
                .addLocalDate(NightlyJobConfiguration.BUSINESS_DATE, businessDate, true).toJobParameters();
    }

    public Outcome run(LocalDate date, Path exportDir) {
        // A shared PostgreSQL store may also be used from another host: its live run holds the database lock.
        Optional<DatabaseRunLock.Held> held;
        try {
            held = databaseLock.tryAcquire();
        } catch (SQLException e) {
            return new Outcome(date, Outcome.Kind.FAILED, null, "无法连接问题库：" + engine.mask(String.valueOf(e.getMessage())));
        }
        if (held.isEmpty()) {
            return new Outcome(date, Outcome.Kind.REFUSED, null,
                    "另一进程（可能在另一台主机上）的夜间检查正在使用该问题库，本次启动被拒绝（业务日期 " + date + "）");
        }
        try (DatabaseRunLock.Held ignored = held.get()) {
            return runLocked(date, exportDir);
        }
    }

    private Outcome runLocked(LocalDate date, Path exportDir) {
        JobParameters params = parameters(date);
        JobInstance instance = repository.getJobInstance(NightlyJobConfiguration.JOB_NAME, params);
        if (instance != null) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                return new Outcome(date, Outcome.Kind.ALREADY_COMPLETED, BatchStatus.COMPLETED,
                        "业务日期 " + date + " 已于 " + (last.getEndTime() == null ? "此前"
                                : last.getEndTime().withNano(0).toString().replace('T', ' '))
                                + " 检查完成；本次未重复运行，结果不重复计数");
            }
            if (last == null) {
                // Killed between creating the instance and its first execution: nothing ran, so start afresh.
                log.warn("业务日期 {} 的上次启动在创建执行前中断，重新开始", date);
                repository.deleteJobInstance(instance);
            } else if (last.getStatus().isRunning()) {
                log.warn("业务日期 {} 的上次运行（执行 {}）异常中断，恢复后继续", date, last.getId());
                operator.recover(last);
            }
        }
        if (!Files.isDirectory(exportDir) && !Files.isRegularFile(exportDir)) {
            return new Outcome(date, Outcome.Kind.REFUSED, null, "导出目录不存在：" + engine.mask(exportDir.toString()));
        }
        try {
            store.startRun(date, exportDir, LocalDateTime.now(clock));
        } catch (IllegalStateException e) {
            return new Outcome(date, Outcome.Kind.REFUSED, null, e.getMessage());
        }
        try {
            JobExecution exec = operator.start(nightlyJob, params);
            if (exec.getStatus() == BatchStatus.COMPLETED) {
                return new Outcome(date, Outcome.Kind.COMPLETED, exec.getStatus(), "检查完成");
            }
            store.failRun(date);
            String why = exec.getAllFailureExceptions().stream().map(Throwable::getMessage).findFirst()
                    .orElse(exec.getExitStatus().getExitDescription());
            return new Outcome(date, Outcome.Kind.FAILED, exec.getStatus(),
                    "夜间检查未完成（" + exec.getStatus() + "）：" + engine.mask(String.valueOf(why))
                            + "；可用相同命令重新运行以从中断处继续");
        } catch (JobInstanceAlreadyCompleteException e) {
            return new Outcome(date, Outcome.Kind.ALREADY_COMPLETED, BatchStatus.COMPLETED,
                    "业务日期 " + date + " 已检查完成；本次未重复运行，结果不重复计数");
        } catch (JobExecutionAlreadyRunningException e) {
            return new Outcome(date, Outcome.Kind.REFUSED, null, "业务日期 " + date + " 的夜间检查正在运行，本次启动被拒绝");
        } catch (Exception e) {
            store.failRun(date);
            return new Outcome(date, Outcome.Kind.FAILED, null,
                    "无法启动夜间检查：" + engine.mask(String.valueOf(e.getMessage())));
        }
    }
}
