package casecheck.batch;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The Spring Boot application behind {@code casecheck nightly|findings|report|serve}. It is started by the
 * picocli commands ({@link BatchMain}) with the options they parsed; jobs never start on their own
 * ({@code spring.batch.job.enabled=false}).
 */
@SpringBootApplication
public class CasecheckBatchApplication {

    /** Business dates and deadlines are Asia/Shanghai. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The process console, unless the launcher registered one (it does: see {@link BatchRuntime}). */
    @Bean
    @ConditionalOnMissingBean
    public Console console() {
        return Console.system();
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.system(ZONE);
    }
}
