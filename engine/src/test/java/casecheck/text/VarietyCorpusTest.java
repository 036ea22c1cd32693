package casecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every variant of the corpus ({@link VarietyCorpus}) parses to exactly the facts its file expects, field by field:
 * either the value a reader sees, or null/unknown where the text cannot be read with confidence.
 */
class VarietyCorpusTest {

    private static final List<VarietyCorpus.Variant> VARIANTS = VarietyCorpus.load();

    @TestFactory
    Stream<DynamicTest> eachVariantParsesToItsExpectedFacts() {
        return VARIANTS.stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> {
            SoftAssertions soft = new SoftAssertions();
            for (Map.Entry<String, String> e : v.expected().entrySet()) {
                Function<VarietyCorpus.Variant, Object> f = VarietyCorpus.field(e.getKey());
                soft.assertThat(f).as("%s: unknown field %s", v.name(), e.getKey()).isNotNull();
                if (f != null) {
                    // Turn text is kept normalised (NFKC: half-width ? and ,), so the expectation is compared so too.
                    String want = e.getKey().startsWith("turn.") ? TextLine.normalise(e.getValue()) : e.getValue();
                    soft.assertThat(VarietyCorpus.render(f.apply(v))).as("%s: %s", v.name(), e.getKey())
                            .isEqualTo(want);
                }
            }
            soft.assertAll();
        }));
    }

    /** The corpus as a whole: it covers many variants, each asserting its header, body and foot. */
    @Test
    void corpusIsBroadAndEveryVariantAssertsTheCoreFields() {
        assertThat(VARIANTS).hasSizeGreaterThanOrEqualTo(40);
        List<String> thin = new ArrayList<>();
        int fields = 0;
        for (VarietyCorpus.Variant v : VARIANTS) {
            fields += v.expected().size();
            if (v.expected().size() < 5) {
                thin.add(v.name());
            }
        }
        assertThat(thin).as("variants asserting fewer than 5 fields").isEmpty();
        assertThat(fields).isGreaterThanOrEqualTo(VARIANTS.size() * 8);
    }
}
