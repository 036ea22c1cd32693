package casecheck.batch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Runs batch command lines in-process with the scripted engine and captured output. */
public final class TestRuntime {

    public final StringWriter out = new StringWriter();
    public final StringWriter err = new StringWriter();
    public final BatchRuntime runtime;

    public TestRuntime() {
        this(Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC));
    }

    public TestRuntime(Clock clock) {
        this(clock, List.of(ScriptedEngineConfig.class));
    }

    /** With {@code extraSources} instead of the scripted engine (an empty list: the real engine). */
    public TestRuntime(Clock clock, List<Class<?>> extraSources) {
        runtime = new BatchRuntime(new Console(new PrintWriter(out, true), new PrintWriter(err, true), false), clock,
                extraSources);
    }

    public int run(String... args) {
        return BatchMain.run(runtime, args);
    }
}
