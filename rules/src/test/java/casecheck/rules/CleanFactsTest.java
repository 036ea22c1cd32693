package casecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.check.CheckResult;
import casecheck.check.Checker;
import casecheck.check.Finding;
import casecheck.rules.fixture.FactDsl;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixture defaults describe a lawful dossier; with every rule enabled they must produce nothing. This keeps the
 * fixtures honest (a fixture's finding comes from what it states, not from a default that happens to be unlawful)
 * and catches rules that fire on clean data.
 */
class CleanFactsTest {

    private static final String CLEAN = """
            == a lawful dossier and its alert
            case A1 alert=J1
            alert J1
            person P1
            measure person=P1 type=CRIMINAL_DETENTION start=2026-11-20T11:00 custody=2026-11-20T18:00
            notice type=SUSPECT_RIGHTS_NOTICE recipient=张三
            registration alert=J1
            receipt delivered=true
            transcript t1 arrival=ORAL_SUMMONS arrived=2026-11-20T08:30 left=2026-11-20T11:00
            transcript t2 first=false session=2 start=2026-11-21T09:00 end=2026-11-21T10:00 location=DETENTION_CENTRE_ROOM
            transcript w1 kind=INQUIRY role=WITNESS subject=李四 person=P2 start=2026-11-20T14:00 end=2026-11-20T15:00
            transcript a2 case=A2 procedure=ADMINISTRATIVE subject=王五 person=P5 start=2026-11-19T09:00 end=2026-11-19T10:00
            case A2 category=ADMINISTRATIVE accept=2026-11-01T11:00
            expect none
            """;

    @Test
    void lawfulFactsProduceNoFinding() {
        FactDsl.Case c = FactDsl.parse(CLEAN, "clean").get(0);
        CheckResult r = Checker.load().check(c.facts(), c.asOf());
        List<String> fired = r.findings().stream().map(f -> f.ruleId() + " " + f.message()).toList();
        assertThat(fired).isEmpty();
        assertThat(r.notEvaluated()).isEmpty();
    }

    @Test
    void messagesNameTheEvidence() {
        FactDsl.Case c = FactDsl.parse("""
                == two defects
                transcript t1 pages=3 nofingerprint=2 start=2026-11-20T10:00 end=2026-11-20T09:00
                case A1 category=ADMINISTRATIVE report=2026-11-02T10:00 accept=2026-11-03T10:01 unit=U07 officer=陈诚
                expect none
                """, "messages").get(0);
        List<Finding> f = Checker.load().check(c.facts(), c.asOf()).findings();
        assertThat(f).extracting(Finding::ruleId).containsExactly("TX-01", "TX-08", "DL-01");
        assertThat(f.get(0).message()).isEqualTo("第2页缺少被讯问（询问）人的签名或指印，且笔录未注明拒绝签名、捺指印");
        assertThat(f.get(2).message()).isEqualTo(
                "行政案件于2026年11月2日10时00分接报，于2026年11月3日10时01分才受案，超过受案审查期限（24小时）");
        assertThat(f.get(2).unitCode()).isEqualTo("U07");
        assertThat(f.get(2).officer()).isEqualTo("陈诚");
        assertThat(f.get(2).document()).isEqualTo("案件");
        assertThat(f.get(2).page()).isNull();
        assertThat(f.get(1).message()).isEqualTo("笔录结束时间（2026年11月20日9时00分）早于开始时间（2026年11月20日10时00分）");
    }
}
