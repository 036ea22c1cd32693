package casecheck.check;

import casecheck.facts.InputTable;
import casecheck.facts.Severity;
import java.util.Set;

/**
 * One rule of the catalog as people see it: its metadata from the DRL ({@code @id @title @family @severity @basis
 * @since @requires}), the message pattern from the bundle and the sections of its doc page. {@code severity} is the
 * effective one (a {@code severity.<id>} configuration overrides the DRL default). {@code name} is the DRL rule
 * name ("TX-01 TranscriptPageUnsigned"). {@code trigger}, {@code fix} and {@code example} are the doc sections
 * 检查内容, 如何整改 and 示例; {@code doc} is the whole page (empty when missing — the catalog test forbids that).
 */
public record RuleInfo(String id, String name, String title, String family, Severity severity, String basis,
                       String since, Set<InputTable> requires, String message, String trigger, String fix,
                       String example, String doc) {

    public RuleInfo {
        requires = Set.copyOf(requires);
    }
}
