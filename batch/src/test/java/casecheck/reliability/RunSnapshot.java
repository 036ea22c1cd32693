package casecheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.batch.store.DatabaseTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a finished nightly run left in its store, without run-specific noise (timestamps, attempt counts): the
 * finding occurrences, the findings with their life, every document's outcome, every dossier's status and counts,
 * and the run totals. Two runs over the same export must give equal snapshots, however often one was killed.
 */
record RunSnapshot(List<String> occurrences, List<String> findings, List<String> documents, List<String> dossiers,
                   String run, List<String> jobStatuses) {

    static RunSnapshot of(Path data) throws SQLException {
        try (Connection c = open(data)) {
            return new RunSnapshot(
                    rows(c, "SELECT fingerprint, subject, rule_id, case_id, document, page, kind, severity, evidence_hash"
                            + " FROM cc_occurrence ORDER BY fingerprint"),
                    rows(c, "SELECT fingerprint, rule_id, case_id, document, page, status, first_seen, last_seen"
                            + " FROM cc_finding ORDER BY fingerprint"),
                    rows(c, "SELECT case_id, doc_path, doc_type, outcome, reason, pages, characters, sha256"
                            + " FROM cc_document ORDER BY case_id, doc_path, doc_id"),
                    rows(c, "SELECT case_id, rel_path, status, docs_seen, docs_checked, docs_unreadable, docs_review,"
                            + " detail FROM cc_dossier ORDER BY case_id"),
                    String.join("|", rows(c, "SELECT status, dossiers_total, dossiers_failed, docs_seen, docs_checked,"
                            + " docs_unreadable, docs_review, alerts_checked FROM cc_run")),
                    rows(c, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"));
        }
    }

    static Connection open(Path data) throws SQLException {
        return DriverManager.getConnection(DatabaseTarget.of(data, null).url(), "sa", "");
    }

    static List<String> rows(Connection c, String sql) throws SQLException {
        return rows(c, sql, "\t");
    }

    /** Rows with the columns joined by {@code separator}. */
    static List<String> rows(Connection c, String sql, String separator) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    b.append(i == 1 ? "" : separator).append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    /**
     * The invariants of a completed run: no duplicate occurrence, documents seen = checked + unreadable + needs
     * review per dossier and for the run, and exactly one COMPLETED job execution with none left STARTED.
     */
    void assertComplete() {
        assertThat(occurrences).doesNotHaveDuplicates();
        assertThat(occurrences.stream().map(o -> o.split("\t")[0])).as("one occurrence per fingerprint")
                .doesNotHaveDuplicates();
        assertThat(documents).isNotEmpty();
        long seen = 0;
        for (String d : dossiers) {
            String[] f = d.split("\t");
            assertThat(f[2]).as("dossier %s ends CHECKED or FAILED", f[0]).isIn("CHECKED", "FAILED");
            int s = Integer.parseInt(f[3]);
            assertThat(s).as("dossier %s: seen = checked + unreadable + review", f[0])
                    .isEqualTo(Integer.parseInt(f[4]) + Integer.parseInt(f[5]) + Integer.parseInt(f[6]));
            seen += s;
        }
        String[] r = run.split("\\|")[0].split("\t");
        assertThat(r[0]).isEqualTo("COMPLETED");
        assertThat(Long.parseLong(r[3])).as("run: documents seen; run %s, dossiers %s", run, dossiers)
                .isEqualTo(seen);
        assertThat(Long.parseLong(r[3])).as("run: seen = checked + unreadable + review")
                .isEqualTo(Long.parseLong(r[4]) + Long.parseLong(r[5]) + Long.parseLong(r[6]));
        assertThat(jobStatuses).as("job executions").doesNotContain("STARTED", "STARTING", "STOPPING", "UNKNOWN");
        assertThat(jobStatuses.stream().filter("COMPLETED"::equals).count()).isEqualTo(1);
    }

    /** Equal to {@code clean} in everything that matters (job execution history may differ). */
    void assertSameAs(RunSnapshot clean, String context) {
        assertThat(occurrences).as("occurrences after %s", context).isEqualTo(clean.occurrences);
        assertThat(findings).as("findings after %s", context).isEqualTo(clean.findings);
        assertThat(documents).as("documents after %s", context).isEqualTo(clean.documents);
        assertThat(dossiers).as("dossiers after %s", context).isEqualTo(clean.dossiers);
        assertThat(run).as("run totals after %s", context).isEqualTo(clean.run);
    }
}
