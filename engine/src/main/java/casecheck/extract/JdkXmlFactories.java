package casecheck.extract;

import java.util.ServiceLoader;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;

/**
 * Names the JDK's own XML factories in the system properties the JAXP lookup reads first, when no jar on the class
 * path provides one: the factory the lookup would find anyway, without its search. POI's XMLBeans asks for a new
 * {@code SAXParserFactory} for every part it parses, and each ask walks {@code META-INF/services} of every jar on
 * the class path (about 140): measured at ~4% of a night's CPU.
 */
public final class JdkXmlFactories {

    private static volatile boolean pinned;

    private JdkXmlFactories() {
    }

    /** Idempotent; never overrides a property that is set or a provider that a jar declares. */
    public static void pin() {
        if (pinned) {
            return;
        }
        synchronized (JdkXmlFactories.class) {
            if (!pinned) {
                pin(SAXParserFactory.class, SAXParserFactory.newDefaultInstance().getClass());
                pin(DocumentBuilderFactory.class, DocumentBuilderFactory.newDefaultInstance().getClass());
                pin(XMLInputFactory.class, XMLInputFactory.newDefaultFactory().getClass());
                pinned = true;
            }
        }
    }

    private static <T> void pin(Class<T> api, Class<?> jdkDefault) {
        String key = api.getName();
        if (System.getProperty(key) == null && ServiceLoader.load(api).stream().findAny().isEmpty()) {
            System.setProperty(key, jdkDefault.getName());
        }
    }
}
