package casecheck.batch.delivery;

import static casecheck.batch.report.ReportFixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import casecheck.batch.report.ArtifactText;
import casecheck.batch.report.ReportFixtures;
import casecheck.batch.report.ReportInput;
import casecheck.batch.report.ReportRun;
import casecheck.batch.report.ReportService;
import casecheck.batch.report.ReportSettings;
import casecheck.batch.report.RunState;
import casecheck.privacy.Masker;

/** The morning report delivered through a real SMTP server (GreenMail) with the ledger in H2 (Flyway V100). */
class ReportDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()); // a free port: builds share the machine

    /** Which findings each unit may see: its subtree only (fixture data). */
    private static final Map<String, Set<String>> VISIBLE = Map.of(
            "c0", Set.of("fp-new-red", "fp-carried", "fp-overdue", "fp-at", "fp-review", "fp-p21-a", "fp-p21-b", "fp-b2"),
            "b1", Set.of("fp-new-red", "fp-carried", "fp-overdue", "fp-at", "fp-review"),
            "b2", Set.of("fp-p21-a", "fp-p21-b", "fp-b2"),
            "p11", Set.of("fp-new-red", "fp-carried", "fp-overdue", "fp-at"),
            "p12", Set.of("fp-review"),
            "p21", Set.of("fp-p21-a", "fp-p21-b"));

    @TempDir
    Path dir;

    private JdbcTemplate jdbc;
    private DeliveryLedger ledger;

    @BeforeEach
    void database() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common").load().migrate();
        jdbc = new JdbcTemplate(ds);
        ledger = new DeliveryLedger(jdbc, Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));
    }

    private ReportService service(ReportInput input, int port) {
        return service(input, port, List.of());
    }

    private ReportService service(ReportInput input, int port, List<String> admins) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        ReportDelivery delivery = new ReportDelivery(ledger, new ReportMailer(sender, "casecheck@example.test"), 5);
        return new ReportService(d -> input, ReportFixtures.advice(), ReportSettings.defaults(),
                new Outbox(dir.resolve("outbox")), delivery, admins);
    }

    private ReportService working(ReportInput input) {
        return service(input, smtp.getSmtp().getPort());
    }

    @Test
    @Tag("E4")
    void everyRecipientGetsOnlyTheirSubtree() throws Exception {
        ReportRun run = working(ReportFixtures.input()).run(DATE);
        // six units and the quarantine report of the finding whose unit is unknown, which nobody receives
        assertThat(run.units()).hasSize(7);
        assertThat(run.units().get(6).unitCode()).isEqualTo("_unassigned");
        MimeMessage[] received = smtp.getReceivedMessages();
        // six units, three distinct recipients each (负责人, 分管领导, 法制员)
        assertThat(received).hasSize(18);
        Map<String, Integer> perMailbox = new HashMap<>();
        for (MimeMessage m : received) {
            assertThat(m.getAllRecipients()).hasSize(3);
            String prefix = m.getAllRecipients()[0].toString().split("-")[0];
            Parts parts = Parts.of(m);
            List<String> fps = Jsoup.parse(parts.html).select("[data-fp]").eachAttr("data-fp");
            assertThat(Set.copyOf(fps)).as(prefix).isEqualTo(VISIBLE.get(prefix));
            String xlsx = ArtifactText.xlsx(parts.attachments.get("xlsx"));
            for (String fp : fps) {
                assertThat(xlsx).contains(fp);
            }
            for (Map.Entry<String, Set<String>> other : VISIBLE.entrySet()) {
                for (String fp : other.getValue()) {
                    if (!VISIBLE.get(prefix).contains(fp)) {
                        assertThat(xlsx).as(prefix + " xlsx leaks " + fp).doesNotContain(fp);
                        assertThat(parts.html).as(prefix + " html leaks " + fp).doesNotContain(fp);
                    }
                }
            }
            assertThat(ArtifactText.pdf(parts.attachments.get("pdf"))).contains("执法质量晨报");
            for (jakarta.mail.Address a : m.getRecipients(Message.RecipientType.TO)) {
                perMailbox.merge(a.toString(), 1, Integer::sum);
                assertThat(a.toString()).startsWith(prefix + "-");
            }
        }
        assertThat(ledger.of(DATE)).filteredOn(d -> d.status() == DeliveryStatus.SENT && d.attempts() == 1).hasSize(6);
        assertThat(ledger.of(DATE)).filteredOn(d -> d.status() == DeliveryStatus.NO_RECIPIENTS)
                .extracting(Delivery::unitCode).containsExactly("_unassigned");
    }

    @Test
    @Tag("E4")
    void findingsOfAnUnknownUnitGoToTheAdministratorOnly() throws Exception {
        service(ReportFixtures.input(), smtp.getSmtp().getPort(), List.of("admin@example.test")).run(DATE);
        List<MimeMessage> admin = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals("admin@example.test")) {
                admin.add(m);
            } else {
                assertThat(Parts.of(m).html).doesNotContain("fp-lost");
            }
        }
        assertThat(admin).hasSize(1);
        assertThat(admin.get(0).getAllRecipients()).hasSize(1);
        assertThat(Jsoup.parse(Parts.of(admin.get(0)).html).select("[data-fp]").eachAttr("data-fp"))
                .containsExactly("fp-lost");
    }

    @Test
    @Tag("D11")
    void aRerunWithTheSameContentSendsNothingAndWritesTheSameFiles() throws Exception {
        ReportService service = working(ReportFixtures.input());
        ReportRun first = service.run(DATE);
        Map<Path, byte[]> files = new HashMap<>();
        for (ReportRun.UnitOutput u : first.units()) {
            for (Path p : u.files()) {
                files.put(p, Files.readAllBytes(p));
            }
        }
        int sent = smtp.getReceivedMessages().length;
        ReportRun second = service.run(DATE);
        assertThat(smtp.getReceivedMessages()).hasSize(sent);
        assertThat(ledger.of(DATE)).hasSize(7);
        for (int i = 0; i < first.units().size(); i++) {
            assertThat(second.units().get(i).contentHash()).isEqualTo(first.units().get(i).contentHash());
        }
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            assertThat(Files.readAllBytes(f.getKey())).as(f.getKey().toString()).isEqualTo(f.getValue());
        }
        int count = jdbc.queryForObject("SELECT COUNT(*) FROM report_delivery", Integer.class);
        assertThat(count).isEqualTo(7);
    }

    @Test
    void anSmtpFailureIsRecordedRetriedAndShownInTheNextReport() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ReportRun down = service(ReportFixtures.input(), closedPort).run(DATE, "P12", true);
        assertThat(down.units().get(0).delivery()).get().extracting(Delivery::status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(ledger.unsent()).hasSize(1).allMatch(d -> d.attempts() == 1 && d.lastError() != null);
        assertThat(smtp.getReceivedMessages()).isEmpty();

        // the next day's report names the failed delivery
        ReportInput next = new ReportInput(DATE.plusDays(1), RunState.COMPLETED, DATE.plusDays(1),
                ReportFixtures.input().units(), ReportFixtures.input().cases(), ReportFixtures.input().findings(),
                List.of(), Set.of(), List.of());
        ReportService up = working(next);
        ReportRun tomorrow = up.run(DATE.plusDays(1), "P12", true);
        String html = Files.readString(tomorrow.units().get(0).files().get(0));
        assertThat(Jsoup.parse(html).text()).contains("2026-11-22 的报告投递失败");

        // the retry sends the stored report of the 22nd from the outbox
        List<Delivery> retried = up.retryDeliveries();
        assertThat(retried).hasSize(1).allMatch(d -> d.status() == DeliveryStatus.SENT && d.attempts() == 2);
        assertThat(ledger.unsent()).isEmpty();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            subjects.add(m.getSubject());
        }
        assertThat(subjects).contains("【执法质量晨报】南关派出所 2026-11-22", "【执法质量晨报】南关派出所 2026-11-23");
    }

    @Test
    @Tag("E5")
    void noArtifactCarriesAnUnmaskedPersonalNumber() throws Exception {
        ReportRun run = working(ReportFixtures.input()).run(DATE);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir.resolve("outbox"))) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                texts.add(p.toString());
                byte[] bytes = Files.readAllBytes(p);
                String name = p.getFileName().toString();
                if (name.endsWith(".html")) {
                    texts.add(new String(bytes, StandardCharsets.UTF_8));
                } else if (name.endsWith(".xlsx")) {
                    texts.add(ArtifactText.xlsx(bytes));
                } else if (name.endsWith(".pdf")) {
                    texts.add(ArtifactText.pdf(bytes));
                    texts.add(new String(bytes, StandardCharsets.ISO_8859_1));
                }
            }
        }
        for (MimeMessage m : smtp.getReceivedMessages()) {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            m.writeTo(raw);
            texts.add(raw.toString(StandardCharsets.UTF_8));
            texts.add(m.getSubject());
            Parts parts = Parts.of(m);
            texts.add(parts.html);
            texts.add(ArtifactText.xlsx(parts.attachments.get("xlsx")));
            texts.add(ArtifactText.pdf(parts.attachments.get("pdf")));
            texts.addAll(parts.names);
        }
        jdbc.queryForList("SELECT subject, last_error FROM report_delivery").forEach(r -> texts.add(r.toString()));
        assertThat(run.units()).hasSize(7);
        assertThat(texts).hasSizeGreaterThan(40);
        for (String t : texts) {
            for (String canary : ReportFixtures.CANARIES) {
                assertThat(t).doesNotContain(canary);
            }
        }
        // the canaries were there to be masked: the masked forms do appear
        assertThat(String.join("\n", texts)).contains("138****8000").contains("1***************2X");
        assertThat(Masker.mask(ReportFixtures.ID18)).isEqualTo("1***************2X");
    }

    /** The decoded parts of a report e-mail. */
    private record Parts(String html, Map<String, byte[]> attachments, List<String> names) {

        static Parts of(MimeMessage m) throws Exception {
            Map<String, byte[]> att = new HashMap<>();
            List<String> names = new ArrayList<>();
            StringBuilder html = new StringBuilder();
            walk(m.getContent(), html, att, names);
            return new Parts(html.toString(), att, names);
        }

        private static void walk(Object content, StringBuilder html, Map<String, byte[]> att, List<String> names)
                throws Exception {
            if (content instanceof Multipart mp) {
                for (int i = 0; i < mp.getCount(); i++) {
                    BodyPart part = mp.getBodyPart(i);
                    if (part.getFileName() != null) {
                        names.add(part.getFileName());
                        String ext = part.getFileName().substring(part.getFileName().lastIndexOf('.') + 1);
                        try (InputStream in = part.getInputStream()) {
                            att.put(ext, in.readAllBytes());
                        }
                    } else {
                        walk(part.getContent(), html, att, names);
                    }
                }
            } else if (content instanceof String s) {
                html.append(s);
            } else if (content instanceof InputStream in) {
                html.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } else {
                throw new IOException("unexpected content " + content);
            }
        }
    }
}
