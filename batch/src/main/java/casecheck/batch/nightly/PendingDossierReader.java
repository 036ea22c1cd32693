package casecheck.batch.nightly;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads the run's dossiers still PENDING, in case-id order. The restart cursor is the dossier table itself
 * (process-indicator pattern): a dossier becomes CHECKED in the same transaction as its findings, so a restart
 * after {@code kill -9} reads exactly the dossiers whose results were not committed. Not a bean: one per step
 * execution.
 */
public class PendingDossierReader implements ItemReader<PendingDossier>, StepExecutionListener {

    /** Logged when the step starts (the crash harness waits for it). */
    public static final String LOG_MARKER = "开始检查卷宗";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PendingDossierReader.class);

    private final NightlyStore store;
    private final Deque<PendingDossier> queue = new ArrayDeque<>();

    public PendingDossierReader(NightlyStore store) {
        this.store = store;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        LocalDate date = stepExecution.getJobParameters().getLocalDate(NightlyJobConfiguration.BUSINESS_DATE);
        queue.clear();
        queue.addAll(store.pending(date));
        log.info("{}：业务日期 {}，待检查 {} 个", LOG_MARKER, date, queue.size());
    }

    @Override
    public synchronized PendingDossier read() {
        return queue.poll();
    }
}
