package casecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.check.LawConfig;
import casecheck.facts.Mediability;
import casecheck.facts.OffenceGroup;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OffenceClassifierTest {

    private static final OffenceClassifier C = new OffenceClassifier(LawConfig.defaults(), LocalDate.of(2026, 11, 22));

    @Test
    void groupsFromKeywordsWithNegation() {
        assertThat(C.groups("纠纷", "报警称与邻居发生口角后被打，手臂受伤")).contains(OffenceGroup.INJURY);
        assertThat(C.groups("求助", "报警称钱包在公交车上被扒窃")).contains(OffenceGroup.PROPERTY,
                OffenceGroup.PICKPOCKETING);
        assertThat(C.groups("纠纷", "双方因停车位发生口角，无人受伤")).isEmpty();
        assertThat(C.groups("咨询", "咨询户口迁移手续")).isEmpty();
        assertThat(C.groups("盗窃", "家里被撬门入室盗窃")).contains(OffenceGroup.BURGLARY, OffenceGroup.PROPERTY);
    }

    @Test
    void mediabilityFollowsTheListsAndExclusions() {
        assertThat(C.mediability("殴打他人", "邻里纠纷引起殴打")).isEqualTo(Mediability.MEDIABLE);
        assertThat(C.mediability("盗窃", "电动车被盗")).isEqualTo(Mediability.NOT_MEDIABLE);
        assertThat(C.mediability("殴打他人", "对方雇凶打人")).isEqualTo(Mediability.EXCLUDED);
        assertThat(C.mediability("寻衅滋事", null)).isEqualTo(Mediability.EXCLUDED);
        assertThat(C.mediability("噪音扰民")).isEqualTo(Mediability.UNKNOWN);
        assertThat(C.mediability((String) null)).isEqualTo(Mediability.UNKNOWN);
    }
}
