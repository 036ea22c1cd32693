package casecheck.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("C6")
@Tag("E5")
class MaskerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        身份证号11010519491231002X。                | 身份证号1***************2X。
        身份证号11010519491231002x                 | 身份证号1***************2x
        ID 110105194912310021 end                 | ID 1***************21 end
        旧号码110105491231002，                     | 旧号码1************02，
        全角１１０１０５１９４９１２３１００２Ｘ       | 全角１***************２Ｘ
        分隔110105 19491231 002X                   | 分隔1***** ******** **2X
        横线110105-1949-1231-002x                  | 横线1*****-****-****-**2x
        """)
    void masksIdNumbers(String in, String expected) {
        assertThat(Masker.mask(in)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        电话13800138000                 | 电话138****8000
        电话:+86 138-0013-8000，        | 电话:+86 138-****-8000，
        手机8613800138000               | 手机86138****8000
        手机 138 0013 8000              | 手机 138 **** 8000
        全角１３８００１３８０００          | 全角１３８****８０００
        座机010-12345678               | 座机010-****5678
        座机（0571）87654321            | 座机（057*）****4321
        """)
    void masksPhoneNumbers(String in, String expected) {
        assertThat(Masker.mask(in)).isEqualTo(expected);
    }

    @Test
    void masksAnIdSplitAcrossLines() {
        assertThat(Masker.mask("身份证号：11010519491231\n002X")).isEqualTo("身份证号：1*************\n**2X");
    }

    @Test
    void leavesOrdinaryNumbersAlone() {
        String text = "2026年11月22日14时05分，第 3 页 共 12 页，案件编号A320105202611220001，金额 12000 元，"
                + "时间 2026-11-22 14:05:30，指纹 0123456789abcdef";
        assertThat(Masker.mask(text)).isEqualTo(text);
    }

    @Test
    void doesNotTakeAMobileOutOfALongerDigitRun() {
        String text = "流水号 2013800138000123456789";
        assertThat(Masker.mask(text)).isEqualTo(text);
    }

    @Test
    void maskingIsIdempotentAndKeepsLength() {
        String text = "张三测试 11010519491231002X 13800138000 +86 139-1234-5678";
        String once = Masker.mask(text);
        assertThat(once).hasSameSizeAs(text).doesNotContain("11010519491231002X", "13800138000", "1234-5678");
        assertThat(Masker.mask(once)).isEqualTo(once);
        assertThat(Masker.containsPersonalNumber(once)).isFalse();
        assertThat(Masker.containsPersonalNumber(text)).isTrue();
    }

    @Test
    void nullAndEmptyPassThrough() {
        assertThat(Masker.mask(null)).isNull();
        assertThat(Masker.mask("")).isEmpty();
    }
}
