package casecheck.batch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the batch commands share: the console, the clock of "today", and how to start the Spring context.
 * {@code extraSources} lets a test (or an embedding application) add configuration, e.g. a scripted engine.
 */
public record BatchRuntime(Console console, Clock clock, List<Class<?>> extraSources) {

    public BatchRuntime {
        extraSources = List.copyOf(extraSources);
    }

    /** Starts the application context with {@code properties} (e.g. {@code casecheck.data-dir}), which win. */
    public ConfigurableApplicationContext start(Map<String, Object> properties) {
        List<Class<?>> sources = new ArrayList<>();
        sources.add(CasecheckBatchApplication.class);
        sources.addAll(extraSources);
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("console", console);
                })
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new)); // as command-line arguments: they win over application.properties
    }

    /** Closes the context the Spring way (exit code generators, then close) and returns {@code code}. */
    public static int close(ConfigurableApplicationContext ctx, int code) {
        return ctx == null ? code : SpringApplication.exit(ctx, () -> code);
    }
}
