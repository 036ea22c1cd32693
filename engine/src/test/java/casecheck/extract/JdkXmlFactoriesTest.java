package casecheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Test;

/** Naming the JDK's factories changes nothing only while no dependency declares its own JAXP implementation. */
class JdkXmlFactoriesTest {

    @Test
    void noJarOnTheClassPathProvidesAnXmlFactory() {
        for (Class<?> api : List.of(SAXParserFactory.class, DocumentBuilderFactory.class, XMLInputFactory.class)) {
            assertThat(ServiceLoader.load(api).stream().map(p -> p.type().getName()).toList())
                    .as("providers of %s on the class path", api.getName()).isEmpty();
        }
    }

    @Test
    void pinNamesTheJdkDefaultsAndKeepsAPropertyThatIsSet() {
        JdkXmlFactories.pin();
        assertThat(System.getProperty(SAXParserFactory.class.getName()))
                .isEqualTo(SAXParserFactory.newDefaultInstance().getClass().getName());
        assertThat(SAXParserFactory.newInstance().getClass()).isEqualTo(SAXParserFactory.newDefaultInstance().getClass());
        assertThat(System.getProperty(XMLInputFactory.class.getName()))
                .isEqualTo(XMLInputFactory.newDefaultFactory().getClass().getName());
    }
}
