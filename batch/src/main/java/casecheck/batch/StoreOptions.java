package casecheck.batch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the findings store lives (shared by the batch commands). */
public class StoreOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:CASECHECK_DATA:-./casecheck-data}",
            description = "数据目录（问题库 H2 文件与运行锁），默认 ${DEFAULT-VALUE}")
    public Path dataDir;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "问题库的 JDBC 地址（仅接受 jdbc:h2:file: 或 jdbc:postgresql://），默认在数据目录下")
    public String dbUrl;

    /** The Spring properties for these options; throws IllegalArgumentException for a rejected URL. */
    public Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        p.put("casecheck.data-dir", dataDir.toAbsolutePath().normalize().toString());
        if (dbUrl != null) {
            casecheck.batch.store.DatabaseTarget.check(dbUrl); // before any connection (checklist E2)
            p.put("casecheck.db.url", dbUrl);
        }
        return p;
    }
}
