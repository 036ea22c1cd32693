package casecheck.batch.nightly;

import casecheck.batch.Console;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * On a terminal, a progress line on stderr after every chunk: dossiers done / total, rate, time left. Counts
 * dossiers committed by earlier attempts of the run as done. Silent when not interactive (cron, tests).
 */
@Component
public class NightlyProgress implements StepExecutionListener, ItemWriteListener<DossierResult> {

    private final Console console;
    private final NightlyStore store;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile int doneBefore;
    private volatile long startNanos;

    public NightlyProgress(Console console, NightlyStore store) {
        this.console = console;
        this.store = store;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        int[] p = store.dossierProgress(stepExecution.getJobParameters()
                .getLocalDate(NightlyJobConfiguration.BUSINESS_DATE));
        total = p[0];
        doneBefore = p[1];
        done.set(0);
        startNanos = System.nanoTime();
    }

    @Override
    public void afterWrite(Chunk<? extends DossierResult> items) {
        int now = done.addAndGet(items.size());
        if (!console.interactive()) {
            return;
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        double rate = now / seconds;
        long left = rate > 0 ? Math.round((total - doneBefore - now) / rate) : 0;
        console.err().printf("\r已检查卷宗 %d/%d · %.1f 卷/秒 · 预计剩余 %s   ", doneBefore + now, total, rate,
                format(Duration.ofSeconds(left)));
        console.err().flush();
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        if (console.interactive() && done.get() > 0) {
            console.err().println();
        }
        return null;
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%d小时%02d分", s / 3600, (s % 3600) / 60)
                : s >= 60 ? String.format("%d分%02d秒", s / 60, s % 60) : s + "秒";
    }
}
