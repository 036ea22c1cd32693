package casecheck.batch.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where the findings store lives. By default an embedded H2 file database under the data directory; an explicit
 * JDBC URL must be an H2 file or PostgreSQL URL without settings that run code or scripts (checklist E2: the
 * JDBC URL itself is the attack vector of CVE-2022-23221), checked before any connection is made.
 */
public record DatabaseTarget(String url, Path dataDir) {

    /** File name (without H2's {@code .mv.db}) of the default database inside the data directory. */
    public static final String DEFAULT_NAME = "casecheck";

    private static final List<String> FORBIDDEN = List.of("INIT=", "RUNSCRIPT", "IGNORE_UNKNOWN_SETTINGS",
            "JAVAX.NAMING", "JNDI", "AUTO_SERVER", "TRACE_LEVEL_FILE", "CREATE ALIAS", "SOCKETFACTORY",
            "SSLFACTORY", "LOGGERLEVEL", "LOGGERFILE", "AUTHENTICATIONPLUGINCLASS", "SOCKETFACTORYARG",
            "PREFERQUERYMODE=SIMPLE"); // simple query mode re-opens SQL injection in pgjdbc (CVE-2024-1597)

    /**
     * The target for {@code dataDir} and an optional explicit URL.
     *
     * @throws IllegalArgumentException (Chinese message) when the URL is not allowed
     */
    public static DatabaseTarget of(Path dataDir, String explicitUrl) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (explicitUrl == null || explicitUrl.isBlank()) {
            return new DatabaseTarget("jdbc:h2:file:" + dir.resolve(DEFAULT_NAME).toString().replace('\\', '/')
                    + ";DB_CLOSE_ON_EXIT=FALSE", dir);
        }
        check(explicitUrl);
        return new DatabaseTarget(explicitUrl.strip(), dir);
    }

    /** Rejects URLs outside the allow-list or carrying dangerous settings. */
    public static void check(String url) {
        String u = url.strip().toUpperCase(Locale.ROOT);
        if (!u.startsWith("JDBC:H2:FILE:") && !u.startsWith("JDBC:POSTGRESQL://")) {
            throw new IllegalArgumentException("不允许的数据库地址：只接受 jdbc:h2:file: 或 jdbc:postgresql:// 地址");
        }
        for (String bad : FORBIDDEN) {
            if (u.replace(" ", "").contains(bad.replace(" ", ""))) {
                throw new IllegalArgumentException("不允许的数据库地址：含有被禁止的设置 " + bad);
            }
        }
        if (u.startsWith("JDBC:H2:FILE:") && (u.contains("\\") || u.contains("\n") || u.contains("\r"))) {
            throw new IllegalArgumentException("不允许的数据库地址：含有非法字符");
        }
    }

    public boolean isH2() { return url.startsWith("jdbc:h2:"); }
}
