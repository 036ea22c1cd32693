package casecheck.batch.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The nightly run's lock in the database itself, next to the data directory's {@link RunLock}: a PostgreSQL
 * store can be shared by processes on several hosts (each with its own data directory), and the file lock
 * cannot see them. It is a session-level advisory lock held on a dedicated connection outside the pool; the
 * server drops it when that session ends, so, like the file lock, a held lock means a live run (a process killed
 * with {@code kill -9} loses its connection and its lock). On embedded H2 the database is a file of the data
 * directory and the file lock already covers it: nothing more is taken.
 */
@Component
public class DatabaseRunLock {

    /** The advisory lock key (the lock space is per database): the bytes of "casechec". */
    static final long KEY = 0x6361736563686563L;

    private final DatabaseTarget target;
    private final String user;
    private final String password;

    public DatabaseRunLock(DatabaseTarget target, @Value("${casecheck.db.user:sa}") String user,
                           @Value("${casecheck.db.password:}") String password) {
        this.target = target;
        this.user = user;
        this.password = password;
    }

    /** A held lock; closing releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * The lock, or empty when another live process holds it.
     *
     * @throws SQLException when the database cannot be reached
     */
    public Optional<Held> tryAcquire() throws SQLException {
        if (target.isH2()) {
            return Optional.of(() -> { });
        }
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("ApplicationName", "casecheck nightly lock");
        Connection c = DriverManager.getConnection(target.url(), p);
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, KEY);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) {
                    return Optional.of(() -> {
                        try {
                            c.close(); // ends the session, which releases its advisory locks
                        } catch (SQLException ignored) {
                            // the server releases the lock with the session in any case
                        }
                    });
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        c.close();
        return Optional.empty();
    }
}
