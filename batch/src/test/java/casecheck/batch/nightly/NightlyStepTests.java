package casecheck.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.batch.CasecheckBatchApplication;
import casecheck.batch.ScriptedEngineConfig;
import casecheck.batch.TestExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Each step of the nightly job on its own (Spring Batch test support), over a small scripted export. */
@SpringBatchTest
@SpringBootTest(classes = {CasecheckBatchApplication.class, ScriptedEngineConfig.class})
class NightlyStepTests {

    static final Path DATA;
    static final Path EXPORT;

    static {
        try {
            Path root = Files.createTempDirectory("casecheck-steps");
            DATA = root.resolve("data");
            EXPORT = TestExport.night1(root.resolve("export")).root();
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("casecheck.data-dir", DATA::toString);
    }

    @Autowired
    JobOperatorTestUtils batch;

    @Autowired
    NightlyStore store;

    @Autowired
    JdbcClient jdbc;

    private LocalDate date;

    private static int dateSeq;

    @BeforeEach
    void newRun() {
        date = LocalDate.of(2026, 1, 1).plusDays(dateSeq++); // every test its own business date
        store.startRun(date, EXPORT, LocalDateTime.of(2026, 1, 1, 0, 0));
    }

    /** Runs one step (returns its write count; not a JobExecution, which the test listeners would invoke). */
    private long launchStep(String name) {
        JobParameters params = batch.getUniqueJobParametersBuilder()
                .addLocalDate(NightlyJobConfiguration.BUSINESS_DATE, date).toJobParameters();
        JobExecution e = batch.startStep(name, params, null);
        assertThat(e.getStatus()).as(name + " " + e.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
        return e.getStepExecutions().stream().mapToLong(x -> x.getWriteCount()).sum();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("d", date).query(Long.class).single();
    }

    @Test
    void freezeManifestRecordsEveryFileAndEveryDossierOnce() {
        launchStep("freezeManifest");
        assertThat(count("SELECT COUNT(*) FROM cc_manifest WHERE business_date = :d")).isEqualTo(9);
        assertThat(count("SELECT COUNT(*) FROM cc_dossier WHERE business_date = :d AND status = 'PENDING'"))
                .isEqualTo(3);
        launchStep("freezeManifest"); // a replay keeps the frozen manifest and registrations
        assertThat(count("SELECT COUNT(*) FROM cc_manifest WHERE business_date = :d")).isEqualTo(9);
        assertThat(count("SELECT COUNT(*) FROM cc_dossier WHERE business_date = :d")).isEqualTo(3);
    }

    @Test
    void checkDossiersChecksEveryPendingDossierAndOnlyThose() {
        launchStep("freezeManifest");
        jdbc.sql("UPDATE cc_dossier SET status = 'CHECKED' WHERE business_date = :d AND case_id = 'A003'")
                .param("d", date).update(); // as if committed before a crash
        assertThat(launchStep("checkDossiers")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM cc_dossier WHERE business_date = :d AND status = 'CHECKED'"))
                .isEqualTo(3);
        // A001: 3 findings, A002: LO-01 (its DL-01 deadline of 2026-11-20 is not yet passed in January)
        assertThat(count("SELECT COUNT(*) FROM cc_occurrence WHERE business_date = :d")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM cc_occurrence WHERE business_date = :d AND transition IS NULL"))
                .isEqualTo(4);
    }

    @Test
    void checkAlertsRecordsAlertFindingsIdempotently() {
        launchStep("freezeManifest");
        launchStep("checkAlerts");
        launchStep("checkAlerts");
        assertThat(count("SELECT COUNT(*) FROM cc_occurrence WHERE business_date = :d AND subject = '警情'"))
                .isEqualTo(2);
    }

    @Test
    void reconcileGivesEverySeenFindingATransitionAndTotalsTheRun() {
        launchStep("freezeManifest");
        launchStep("checkDossiers");
        launchStep("checkAlerts");
        launchStep("reconcile");
        assertThat(count("SELECT COUNT(*) FROM cc_occurrence WHERE business_date = :d AND transition = 'NEW'"))
                .isEqualTo(7); // A001: 3, A002: 1 (no DL-01 in January), A003: 1, alerts: 2
        assertThat(count("SELECT docs_seen FROM cc_run WHERE business_date = :d")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM cc_run WHERE business_date = :d AND status = 'COMPLETED'"))
                .isEqualTo(1);
    }
}
