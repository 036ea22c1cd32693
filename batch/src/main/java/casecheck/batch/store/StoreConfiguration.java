package casecheck.batch.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: findings store and Spring Batch job repository share it, so a chunk's findings and its
 * step metadata commit in one transaction (reliability-checklist §1.1). The URL is validated before connecting.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    public DatabaseTarget databaseTarget(@Value("${casecheck.data-dir:./casecheck-data}") String dataDir,
                                         @Value("${casecheck.db.url:}") String url) {
        return DatabaseTarget.of(Path.of(dataDir), url);
    }

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(DatabaseTarget target,
                                       @Value("${casecheck.db.user:sa}") String user,
                                       @Value("${casecheck.db.password:}") String password) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(target.url());
        c.setUsername(user);
        c.setPassword(password);
        c.setMaximumPoolSize(4);
        c.setPoolName("casecheck");
        return new HikariDataSource(c);
    }
}
