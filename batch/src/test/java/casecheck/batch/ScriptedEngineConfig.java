package casecheck.batch;

import casecheck.batch.nightly.CheckEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Test configuration: the scripted engine instead of the real one, for contexts that name this class as a source.
 * Deliberately not a {@code @Configuration}: component scanning of {@code casecheck.batch} would otherwise put
 * the scripted engine into every context, including the end-to-end ones that must use the real engine.
 */
public class ScriptedEngineConfig {

    @Bean
    @Primary
    public CheckEngine scriptedEngine() {
        return new ScriptedEngine();
    }
}
