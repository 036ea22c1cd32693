package casecheck.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The rules kjar's KieBase built straight from its executable-model classes, listed by the kie-maven-plugin in
 * {@value #MODEL_LIST}. Skips the classpath container, whose kmodule.xml parsing (XStream set-up, time-zone name
 * tables) costs about three times the KieBase itself on a cold CLI start; the result is the same KieBase, since
 * kmodule.xml declares only defaults. Empty when the list is absent (e.g. rules compiled without the executable
 * model), so the caller can fall back to the container.
 */
final class ExecutableModel {

    /** Written by the kie-maven-plugin for the {@code casecheck:casecheck-rules} kjar. */
    static final String MODEL_LIST = "META-INF/kie/casecheck/casecheck-rules/drools-model";

    private ExecutableModel() {
    }

    static Optional<KieBase> kieBase(ClassLoader loader) {
        List<Model> models = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(MODEL_LIST)) {
            if (in == null) {
                return Optional.empty();
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                // The first line is "Drools-Model-Version:<version>"; the others name the generated Model classes.
                if (name.isEmpty() || name.contains(":")) {
                    continue;
                }
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取规则模型清单：" + MODEL_LIST, e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("无法加载规则模型：" + e.getMessage(), e);
        }
        return models.isEmpty() ? Optional.empty() : Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
    }
}
