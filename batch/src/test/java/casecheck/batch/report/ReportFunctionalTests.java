package casecheck.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import casecheck.batch.StoreProbe;
import casecheck.batch.TestExport;
import casecheck.batch.TestRuntime;

/** The report step end to end: {@code casecheck nightly} over the store, then {@code casecheck report}. */
class ReportFunctionalTests {

    static final LocalDate NIGHT1 = LocalDate.of(2026, 11, 22);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()); // a free port: builds share the machine

    @TempDir
    Path tmp;

    private Path data() { return tmp.resolve("data"); }

    private Path file(LocalDate date, String unit, String ext) {
        return data().resolve("outbox").resolve(date.toString()).resolve(unit)
                .resolve("report-" + unit + "-" + date + "." + ext);
    }

    private Document html(LocalDate date, String unit) throws IOException {
        return Jsoup.parse(Files.readString(file(date, unit, "html")));
    }

    @Test
    void theNightlyRunWritesEveryUnitsReportCoveringItsSubtree() throws Exception {
        TestExport export = TestExport.night1(tmp.resolve("export"));
        TestRuntime rt = new TestRuntime();
        assertThat(rt.run("nightly", "--export", export.root().toString(), "--date", NIGHT1.toString(),
                "--data-dir", data().toString(), "--report")).as(rt.err.toString()).isZero();
        assertThat(rt.out.toString()).contains("晨报 2026-11-22：2 个单位");
        for (String unit : List.of("U1", "U2")) {
            for (String ext : List.of("html", "xlsx", "pdf")) {
                assertThat(file(NIGHT1, unit, ext)).isRegularFile();
            }
        }
        // U2 sits under U1: U2 sees its own three findings, U1 all eight
        assertThat(html(NIGHT1, "U2").select("#findings .card .head").eachText())
                .hasSize(3).allMatch(t -> t.contains("LO-01") || t.contains("DL-01") || t.contains("AL-02"));
        assertThat(html(NIGHT1, "U1").select("#findings .card")).hasSize(8);
        assertThat(html(NIGHT1, "U1").select("#ranking td").eachText()).contains("二所");
        assertThat(html(NIGHT1, "U1").select("#coverage li").eachText()).anyMatch(t -> t.contains("损坏.docx"))
                .anyMatch(t -> t.contains("PE-03"));
        assertThat(html(NIGHT1, "U1").select("#banner")).isEmpty();
        assertThat(ArtifactText.pdf(Files.readAllBytes(file(NIGHT1, "U2", "pdf")))).contains("LO-01").contains("二所");

        // the same date again on demand: the same bytes (nothing in the files depends on when it ran)
        byte[] pdf = Files.readAllBytes(file(NIGHT1, "U1", "pdf"));
        byte[] xlsx = Files.readAllBytes(file(NIGHT1, "U1", "xlsx"));
        TestRuntime again = new TestRuntime();
        assertThat(again.run("report", "--date", NIGHT1.toString(), "--data-dir", data().toString()))
                .as(again.err.toString()).isZero();
        assertThat(Files.readAllBytes(file(NIGHT1, "U1", "pdf"))).isEqualTo(pdf);
        assertThat(Files.readAllBytes(file(NIGHT1, "U1", "xlsx"))).isEqualTo(xlsx);
    }

    @Test
    void aReportForANightThatDidNotRunSaysSoAndShowsTheLastCompletedData() throws Exception {
        TestExport export = TestExport.night1(tmp.resolve("export"));
        TestRuntime rt = new TestRuntime();
        assertThat(rt.run("nightly", "--export", export.root().toString(), "--date", NIGHT1.toString(),
                "--data-dir", data().toString())).isZero();
        // without --report the nightly run writes no report
        assertThat(data().resolve("outbox")).doesNotExist();
        TestRuntime report = new TestRuntime();
        assertThat(report.run("report", "--date", "2026-11-23", "--unit", "U2", "--data-dir", data().toString()))
                .as(report.err.toString()).isZero();
        assertThat(report.out.toString()).contains("2026-11-23 的夜间检查未完成").contains("2026-11-22");
        Document doc = html(LocalDate.of(2026, 11, 23), "U2");
        assertThat(doc.select("#banner").text()).contains("昨夜未运行检查").contains("2026-11-22");
        assertThat(doc.select("#findings .card")).hasSize(3);
        assertThat(file(LocalDate.of(2026, 11, 23), "U1", "html")).doesNotExist();
    }

    @Test
    void withSmtpConfiguredTheReportCommandMailsEachUnitOnceAndNamesFailuresLater() throws Exception {
        TestExport export = TestExport.night1(tmp.resolve("export"));
        assertThat(new TestRuntime().run("nightly", "--export", export.root().toString(), "--date",
                NIGHT1.toString(), "--data-dir", data().toString())).isZero();
        try (StoreProbe p = new StoreProbe(data())) {
            p.jdbc.sql("UPDATE cc_unit SET chief_email = LOWER(code) || '-chief@example.test', "
                    + "legal_officer_email = LOWER(code) || '-legal@example.test'").update();
        }
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(smtp.getSmtp().getPort()));
        try {
            TestRuntime rt = new TestRuntime();
            assertThat(rt.run("report", "--date", NIGHT1.toString(), "--data-dir", data().toString()))
                    .as(rt.err.toString()).isZero();
            assertThat(rt.out.toString()).contains("U1：在办问题 8，文件 3，邮件已发送")
                    .contains("U2：在办问题 3，文件 3，邮件已发送");
            // a second run with the same content sends nothing more
            assertThat(new TestRuntime().run("report", "--date", NIGHT1.toString(), "--data-dir",
                    data().toString())).isZero();
        } finally {
            System.clearProperty("spring.mail.host");
            System.clearProperty("spring.mail.port");
        }
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(4);
        for (MimeMessage m : received) {
            String to = m.getAllRecipients()[0].toString();
            assertThat(m.getSubject()).isEqualTo(to.startsWith("u1") ? "【执法质量晨报】一所 2026-11-22"
                    : "【执法质量晨报】二所 2026-11-22");
        }
    }

    @Test
    void anUnknownUnitIsAUsageError() {
        TestRuntime rt = new TestRuntime();
        assertThat(rt.run("report", "--date", NIGHT1.toString(), "--unit", "NOPE", "--data-dir", data().toString()))
                .isEqualTo(2);
        assertThat(rt.err.toString()).contains("单位表中没有该单位");
    }
}
