package casecheck.batch.nightly;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes checked dossiers in the chunk's transaction (the same one that commits the step's metadata). Each dossier
 * is written under its own savepoint, so a dossier whose rows the database refuses leaves nothing half-written.
 * A refusal that retrying cannot cure (a constraint violation, a value too long) fails the chunk; the step's skip
 * policy then writes the chunk again one dossier at a time (Spring Batch scan), and {@link #onSkipInWrite} records
 * the refused dossier as FAILED with every document STORE_FAILED (needs review): no dossier is lost, none is written
 * twice, and {@code read = write + filter + skip} holds in the step's counts (checklist D3).
 */
@Component
public class DossierResultWriter implements ItemWriter<DossierResult>, SkipListener<PendingDossier, DossierResult> {

    private static final Logger log = LoggerFactory.getLogger(DossierResultWriter.class);

    private final NightlyStore store;
    private final CheckEngine engine;
    private final TransactionTemplate savepoint;
    private final TransactionTemplate separate;

    public DossierResultWriter(NightlyStore store, CheckEngine engine, PlatformTransactionManager tm) {
        this.store = store;
        this.engine = engine;
        this.savepoint = new TransactionTemplate(tm);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.separate = new TransactionTemplate(tm);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void write(Chunk<? extends DossierResult> chunk) {
        for (DossierResult r : chunk) {
            try {
                savepoint.executeWithoutResult(s -> store.saveDossier(r));
            } catch (NonTransientDataAccessException e) {
                // The driver's message quotes the refused values (excerpts with names and ID numbers): the
                // exception that travels on (and that Spring Batch logs) names only the dossier, masked, and the kind.
                throw new RefusedDossier(engine.mask(r.caseId()), describe(e));
            }
        }
    }

    /**
     * The skip policy gave up on {@code item}: record it as not checked instead of losing it. Spring Batch 6 rolls
     * back the transaction of a skipped scanned item, so the record is committed in a transaction of its own.
     */
    @Override
    public void onSkipInWrite(DossierResult item, Throwable t) {
        String kind = t instanceof RefusedDossier r ? r.kind : t.getClass().getSimpleName();
        String detail = "检查结果未能保存（" + kind + "）";
        log.error("卷宗 {} 被数据库拒绝（{}），各文书记为需人工复核", engine.mask(item.caseId()), kind);
        try {
            separate.executeWithoutResult(s -> store.saveDossier(item.storeFailed(detail)));
        } catch (DataAccessException e) {
            // Still PENDING: the reconcile step refuses to complete the run, and a restart checks it again.
            log.error("卷宗 {} 的失败记录也未能保存（{}），该卷宗仍待检查，本次运行将以失败结束，可重新运行",
                    engine.mask(item.caseId()), describe(e));
        }
    }

    /** Exception class, SQL state and vendor code: what went wrong, never which values. */
    private static String describe(DataAccessException e) {
        Throwable root = e.getMostSpecificCause();
        String kind = e.getClass().getSimpleName();
        if (root instanceof SQLException sql) {
            kind += "，SQLSTATE " + sql.getSQLState() + "，错误码 " + sql.getErrorCode();
        }
        return kind;
    }

    /** A dossier the database refused, described without the refused values. */
    static final class RefusedDossier extends NonTransientDataAccessException {

        private final String kind;

        RefusedDossier(String maskedCaseId, String kind) {
            super("卷宗 " + maskedCaseId + " 的检查结果被数据库拒绝（" + kind + "）");
            this.kind = kind;
        }
    }
}
