package casecheck.batch;

import java.time.Clock;
import java.util.List;

/** The batch command line with the scripted engine: the child JVM of the crash harness. */
public final class CrashTestMain {

    private CrashTestMain() {
    }

    public static void main(String[] args) {
        System.exit(BatchMain.run(new BatchRuntime(Console.system(), Clock.system(CasecheckBatchApplication.ZONE),
                List.of(ScriptedEngineConfig.class)), args));
    }
}
