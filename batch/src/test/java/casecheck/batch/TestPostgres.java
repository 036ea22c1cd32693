package casecheck.batch;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty database on the PostgreSQL server named by {@value #URL_ENV} (a
 * {@code jdbc:postgresql://host:port/db?user=…&password=…} URL whose user may create databases; {@code .ci/run}
 * starts a throwaway server and sets it). Without the variable the calling test is skipped, unless
 * {@value #REQUIRE_ENV}{@code =1} (set by CI), where a missing or unreachable server fails the test. Closing drops
 * the database.
 */
public final class TestPostgres implements AutoCloseable {

    /** The server's JDBC URL (any database of it: the fresh one is created next to it). */
    public static final String URL_ENV = "CASECHECK_TEST_PG_URL";
    /** {@code 1}: the PostgreSQL tests must run (CI); no server is then a failure, not a skip. */
    public static final String REQUIRE_ENV = "CASECHECK_REQUIRE_PG";

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");

    private final String serverUrl;
    private final String name;

    private TestPostgres(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /** Creates an empty database, or skips (fails under {@value #REQUIRE_ENV}) when there is no server. */
    public static TestPostgres create() {
        String url = System.getenv(URL_ENV);
        boolean required = "1".equals(System.getenv(REQUIRE_ENV))
                || "true".equalsIgnoreCase(System.getenv(REQUIRE_ENV));
        if (url == null || url.isBlank()) {
            if (required) {
                fail(REQUIRE_ENV + "=1 but " + URL_ENV + " is not set: start PostgreSQL as .ci/run does");
            }
            Assumptions.abort(URL_ENV + " is not set: no PostgreSQL server to test the store on "
                    + "(.ci/run starts one and sets it)");
        }
        if (!URL.matcher(url.strip()).matches()) {
            fail(URL_ENV + " must look like jdbc:postgresql://host:port/db?user=…&password=…");
        }
        String name = "casecheck_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url.strip()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            // A server that was promised but does not answer is an error, never a silent skip.
            fail("PostgreSQL at " + URL_ENV + " cannot be used: " + e.getMessage(), e);
        }
        return new TestPostgres(url.strip(), name);
    }

    /** The JDBC URL of the fresh database (credentials as in {@value #URL_ENV}). */
    public String url() {
        Matcher m = URL.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalStateException("unexpected URL shape");
        }
        return m.group(1) + name + (m.group(3) == null ? "" : m.group(3));
    }

    public String name() {
        return name;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
