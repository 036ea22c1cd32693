package casecheck.batch.nightly;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: {@code freezeManifest → checkDossiers → checkAlerts → reconcile}. One job instance per
 * business date (identifying parameter {@code businessDate}); a relaunch of the date restarts it. Dossiers are
 * checked concurrently (a chunk's items are processed on {@code casecheck.nightly.threads} workers, default all
 * cores) and written with the step metadata in one transaction.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightly";
    public static final String BUSINESS_DATE = "businessDate";

    @Bean(destroyMethod = "shutdown")
    public ThreadPoolTaskExecutor nightlyWorkers(@Value("${casecheck.nightly.threads:0}") int threads) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ThreadPoolTaskExecutor te = new ThreadPoolTaskExecutor();
        te.setCorePoolSize(n);
        te.setMaxPoolSize(n);
        te.setThreadNamePrefix("dossier-");
        te.setDaemon(true);
        te.initialize();
        return te;
    }

    @Bean
    public Job nightlyJob(JobRepository repository, Step freezeManifest, Step checkDossiers, Step checkAlerts,
                          Step reconcile) {
        return new JobBuilder(JOB_NAME, repository)
                .start(freezeManifest).next(checkDossiers).next(checkAlerts).next(reconcile).build();
    }

    @Bean
    public Step freezeManifest(JobRepository repository, PlatformTransactionManager tm, FreezeManifestTasklet t) {
        return new StepBuilder("freezeManifest", repository).tasklet(t, tm).build();
    }

    @Bean
    public Step checkDossiers(JobRepository repository, PlatformTransactionManager tm, NightlyStore store,
                              DossierCheckProcessor processor, DossierResultWriter writer,
                              ThreadPoolTaskExecutor nightlyWorkers, NightlyProgress progress,
                              @Value("${casecheck.nightly.chunk:0}") int chunk,
                              @Value("${casecheck.nightly.write-skip-limit:100}") int writeSkipLimit) {
        PendingDossierReader reader = new PendingDossierReader(store);
        int size = chunk > 0 ? chunk : 2 * nightlyWorkers.getMaxPoolSize();
        // Processing never throws for a bad dossier; a dossier whose rows the database refuses is skipped on write
        // and recorded by the writer's skip listener (D3). Transient failures are not skippable: the step fails and
        // the run is restarted. The writer is registered as the skip listener by being the writer.
        return new StepBuilder("checkDossiers", repository).<PendingDossier, DossierResult>chunk(size)
                .transactionManager(tm)
                .reader(reader).processor(processor).writer(writer)
                .taskExecutor(nightlyWorkers)
                .faultTolerant().skip(NonTransientDataAccessException.class).skipLimit(writeSkipLimit)
                .listener(reader).listener(progress)
                .build();
    }

    @Bean
    public Step checkAlerts(JobRepository repository, PlatformTransactionManager tm, CheckAlertsTasklet t) {
        return new StepBuilder("checkAlerts", repository).tasklet(t, tm).build();
    }

    @Bean
    public Step reconcile(JobRepository repository, PlatformTransactionManager tm, ReconcileTasklet t) {
        return new StepBuilder("reconcile", repository).tasklet(t, tm).build();
    }
}
