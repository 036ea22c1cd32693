package casecheck.batch;

import casecheck.batch.store.FindingsStore;
import casecheck.batch.store.RunStore;
import casecheck.batch.store.UnitDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Opens a closed data directory's store directly (no Spring context) to assert on what a command left. */
public final class StoreProbe implements AutoCloseable {

    private final SingleConnectionDataSource ds;
    public final JdbcClient jdbc;
    public final FindingsStore findings;
    public final RunStore runs;
    public final UnitDirectory units;

    public StoreProbe(Path dataDir) {
        this(new SingleConnectionDataSource("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("casecheck"), "sa",
                "", true));
    }

    /** The store at a JDBC URL that carries its own credentials (e.g. a PostgreSQL test database). */
    public StoreProbe(String url) {
        this(new SingleConnectionDataSource(url, true));
    }

    private StoreProbe(SingleConnectionDataSource ds) {
        this.ds = ds;
        jdbc = JdbcClient.create(ds);
        findings = new FindingsStore(jdbc);
        runs = new RunStore(jdbc);
        units = new UnitDirectory(jdbc);
    }

    /** A JdbcTemplate over the probe's connection (for stores that take one, e.g. the delivery ledger). */
    public JdbcTemplate template() {
        return new JdbcTemplate(ds);
    }

    /** Every finding row, sorted, as comparable text (status and dates included). */
    public List<String> findingRows() {
        return jdbc.sql("SELECT fingerprint, rule_id, case_id, severity, status, first_seen, last_seen, rectified_on "
                + "FROM cc_finding ORDER BY fingerprint").query((rs, i) -> String.join("|", rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), String.valueOf(rs.getString(8)))).list();
    }

    public List<Map<String, Object>> rows(String sql) {
        return jdbc.sql(sql).query().listOfRows();
    }

    public long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Override
    public void close() {
        ds.destroy();
    }
}
