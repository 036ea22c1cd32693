package casecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.check.LawConfig;
import casecheck.facts.Location;
import casecheck.facts.LocationKind;
import casecheck.facts.PersonRole;
import casecheck.facts.Venue;
import casecheck.facts.VenueType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationResolverTest {

    private static final LocationResolver R = new LocationResolver(LawConfig.defaults());
    private static final LocalDate DAY = LocalDate.of(2026, 11, 3);
    private static final List<Venue> REGISTRY = List.of(
            new Venue("V1", "东城分局执法办案管理中心", "U1", VenueType.CASE_CENTRE, true, null, List.of("讯问室一", "讯问室二")),
            new Venue("V2", "和平派出所办案区", "U2", VenueType.OTHER, false, LocalDate.of(2026, 10, 1), List.of("讯问室")),
            new Venue("V3", "平安市第一看守所", "U3", VenueType.DETENTION_CENTRE, true, null, List.of()));

    private static Location at(String raw, PersonRole role) {
        return R.resolve(raw, REGISTRY, true, DAY, role);
    }

    @Test
    void registryFirst() {
        Location l = at("平安市公安局东城分局执法办案管理中心讯问室二", PersonRole.CRIMINAL_SUSPECT);
        assertThat(l.kind()).isEqualTo(LocationKind.INTERROGATION_ROOM);
        assertThat(l.venueCode()).isEqualTo("V1");
        assertThat(l.room()).isEqualTo("讯问室二");
        assertThat(at("东城分局执法办案管理中心 值班室", PersonRole.CRIMINAL_SUSPECT).kind())
                .isEqualTo(LocationKind.VENUE_OTHER_ROOM);
        assertThat(at("和平派出所办案区讯问室", PersonRole.CRIMINAL_SUSPECT).kind()).isEqualTo(LocationKind.VENUE_STOPPED);
        assertThat(R.resolve("和平派出所办案区讯问室", REGISTRY, true, LocalDate.of(2026, 9, 30),
                PersonRole.CRIMINAL_SUSPECT).kind()).isEqualTo(LocationKind.INTERROGATION_ROOM);
        assertThat(at("平安市第一看守所3号讯问室", PersonRole.CRIMINAL_SUSPECT).kind())
                .isEqualTo(LocationKind.DETENTION_CENTRE_ROOM);
    }

    @Test
    void keywordClassesAfterTheRegistry() {
        assertThat(at("新华派出所值班室", PersonRole.CRIMINAL_SUSPECT).kind()).isEqualTo(LocationKind.OFFICE_OR_VEHICLE);
        assertThat(at("警车上", PersonRole.CRIMINAL_SUSPECT).kind()).isEqualTo(LocationKind.OFFICE_OR_VEHICLE);
        assertThat(at("平安市人民医院外科病房", PersonRole.CRIMINAL_SUSPECT).kind()).isEqualTo(LocationKind.HOSPITAL);
        assertThat(at("被讯问人家中", PersonRole.CRIMINAL_SUSPECT).kind()).isEqualTo(LocationKind.HOME);
        assertThat(at("案发现场", PersonRole.CRIMINAL_SUSPECT).kind()).isEqualTo(LocationKind.SCENE);
        assertThat(at("宏达物流有限公司会议室", PersonRole.WITNESS).kind()).isEqualTo(LocationKind.WORKPLACE);
        assertThat(at("宏达物流有限公司会议室", PersonRole.CRIMINAL_SUSPECT).kind())
                .isEqualTo(LocationKind.OFFICE_OR_VEHICLE);
        assertThat(at("外省某派出所讯问室", PersonRole.CRIMINAL_SUSPECT).kind()).isEqualTo(LocationKind.OTHER);
        assertThat(R.resolve("外省某派出所讯问室", List.of(), false, DAY, PersonRole.CRIMINAL_SUSPECT).kind())
                .isEqualTo(LocationKind.INTERROGATION_ROOM);
    }

    @Test
    void placeRecognitionOnlyDecidesBetweenOtherAndUnknown() {
        assertThat(at("杭州市西湖区", PersonRole.WITNESS).kind()).isEqualTo(LocationKind.OTHER);
        assertThat(at("____", PersonRole.WITNESS).kind()).isEqualTo(LocationKind.UNKNOWN);
        assertThat(R.resolve(null, REGISTRY, true, DAY, null).isMissing()).isTrue();
    }
}
