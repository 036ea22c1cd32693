package casecheck.extract;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;

/**
 * Names the JDK's own XML factories in the system properties the JAXP lookup reads first: the factory the lookup
 * finds anyway, since no jar casecheck ships declares another ({@code JdkXmlFactoriesTest} checks the class path),
 * without its search. POI's XMLBeans asks for a new {@code SAXParserFactory} for every part it parses, and each ask
 * walks {@code META-INF/services} of every jar on the class path (about 140): ~4% of a night's CPU. Not even one
 * service lookup is made here: three of them cost the CLI 0.4 s of CPU at start.
 */
public final class JdkXmlFactories {

    private static volatile boolean pinned;

    private JdkXmlFactories() {
    }

    /** Idempotent; never overrides a property that is already set. */
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

    private static void pin(Class<?> api, Class<?> jdkDefault) {
        if (System.getProperty(api.getName()) == null) {
            System.setProperty(api.getName(), jdkDefault.getName());
        }
    }
}
