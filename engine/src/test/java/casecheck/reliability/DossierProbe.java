package casecheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.assemble.DossierAssembler;
import casecheck.assemble.DossierException;
import casecheck.check.FactSet;
import casecheck.export.ExportTables;
import casecheck.facts.DocumentOutcome;
import casecheck.facts.DossierDocument;
import casecheck.facts.OutcomeReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs one dossier through the real {@link DossierAssembler} and checks the invariant of reliability-checklist §2:
 * every input document ends in exactly one outcome whose reason agrees with it, and
 * seen = checked + unreadable + needs review.
 */
final class DossierProbe {

    /** Shared: the assembler is thread-safe and its set-up (Tika, POI, HanLP) is the slow part. */
    private static volatile DossierAssembler shared;

    private DossierProbe() {
    }

    static DossierAssembler assembler() {
        if (shared == null) {
            synchronized (DossierProbe.class) {
                if (shared == null) {
                    shared = new DossierAssembler();
                }
            }
        }
        return shared;
    }

    /** Writes {@code files} (relative path → bytes) into {@code dossier}, creating folders. */
    static Path folder(Path dossier, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dossier);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = dossier.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        return dossier;
    }

    /** Assembles and asserts the invariant against the documents the dossier is known to hold. */
    static Outcomes assemble(Path dossier, Collection<String> expectedPaths) throws DossierException {
        FactSet fs = assembler().assemble(dossier, ExportTables.empty());
        return check(fs, expectedPaths);
    }

    static Outcomes check(FactSet fs, Collection<String> expectedPaths) {
        List<DossierDocument> docs = fs.documents();
        assertThat(docs).extracting(DossierDocument::path)
                .as("every document of the dossier has exactly one outcome")
                .containsExactlyInAnyOrderElementsOf(expectedPaths);
        assertThat(docs.stream().filter(d -> d.reason() != OutcomeReason.DUPLICATE_ENTRY).map(DossierDocument::docId))
                .as("stable document ids are unique").doesNotHaveDuplicates();
        for (DossierDocument d : docs) {
            assertThat(d.outcome()).as("outcome of %s agrees with its reason %s", d.path(), d.reason())
                    .isEqualTo(d.reason().outcome());
            assertThat(d.caseId()).isEqualTo(fs.subject());
        }
        long checked = count(docs, DocumentOutcome.CHECKED);
        long unreadable = count(docs, DocumentOutcome.UNREADABLE);
        long review = count(docs, DocumentOutcome.NEEDS_REVIEW);
        assertThat(checked + unreadable + review).as("seen = checked + unreadable + needs review")
                .isEqualTo(expectedPaths.size());
        assertThat(fs.facts().stream().filter(DossierDocument.class::isInstance).count())
                .as("the rules see the same outcomes").isEqualTo(docs.size());
        return new Outcomes(fs, docs.stream().collect(Collectors.toMap(DossierDocument::path, Function.identity(), (a, b) -> a)));
    }

    private static long count(List<DossierDocument> docs, DocumentOutcome o) {
        return docs.stream().filter(d -> d.outcome() == o).count();
    }

    /** The outcomes of one assembled dossier, by document path. */
    record Outcomes(FactSet facts, Map<String, DossierDocument> byPath) {

        DossierDocument of(String path) {
            assertThat(byPath).containsKey(path);
            return byPath.get(path);
        }

        OutcomeReason reason(String path) {
            return of(path).reason();
        }
    }
}
