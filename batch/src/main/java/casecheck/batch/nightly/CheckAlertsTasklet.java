package casecheck.batch.nightly;

import casecheck.check.CheckResult;
import casecheck.check.NotEvaluated;
import casecheck.facts.AsOf;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Step 3: checks the alert-level facts (all alerts and cases) as of the business date and records the rules
 * that cannot be evaluated for lack of a table. Re-evaluated every night; idempotent on restart.
 */
@Component
public class CheckAlertsTasklet implements Tasklet {

    private final CheckEngine engine;
    private final NightlyStore store;
    private final RunInputs inputs;

    public CheckAlertsTasklet(CheckEngine engine, NightlyStore store, RunInputs inputs) {
        this.engine = engine;
        this.store = store;
        this.inputs = inputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        LocalDate date = chunkContext.getStepContext().getStepExecution().getJobParameters()
                .getLocalDate(NightlyJobConfiguration.BUSINESS_DATE);
        RunInputs.Inputs in = inputs.of(date);
        CheckResult result = engine.check(engine.alerts(in.export()), AsOf.endOfDay(date));
        List<NotEvaluated> notEvaluated = new ArrayList<>(result.notEvaluated());
        engine.notEvaluable(in.export().coverage())
                .forEach(n -> notEvaluated.add(new NotEvaluated(n.ruleId(), null, n.lackOf())));
        List<String> evidence = result.findings().stream()
                .map(f -> DossierCheckProcessor.evidenceHash(f, Map.of())).toList();
        store.saveAlerts(date, result.findings(), evidence, notEvaluated);
        return RepeatStatus.FINISHED;
    }
}
