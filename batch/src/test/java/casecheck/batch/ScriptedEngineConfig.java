package casecheck.batch;

import casecheck.batch.nightly.CheckEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Test configuration: the scripted engine instead of the real one. */
@Configuration(proxyBeanMethods = false)
public class ScriptedEngineConfig {

    @Bean
    @Primary
    public CheckEngine scriptedEngine() {
        return new ScriptedEngine();
    }
}
