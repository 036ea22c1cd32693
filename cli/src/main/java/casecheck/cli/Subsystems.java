package casecheck.cli;

import casecheck.assemble.DossierAssembler;
import casecheck.check.Checker;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The heavy subsystems, started once per JVM on two daemon threads as soon as the command is known, so loading the
 * KieBase, building the document parsers and argument parsing overlap (tech-notes §6.2). The common ForkJoin pool is
 * not used: on two cores it has a single thread and would run the two loads one after the other.
 *
 * <p>Nothing is warmed up that the dossier may not need: on two cores every core is busy during a check, so
 * speculative work is paid in full. Measured with {@code cli/bench-cli.sh}: reading generated DOCX/PDF files through
 * POI's object model, building Tika's configuration and loading HanLP's dictionaries up front cost ≈0.8 s of CPU and
 * ≈0.55 s of wall time per check; the streaming DOCX reader, the content-confirmed types and the location keywords
 * need none of them, and the rare document that does loads them on first use.
 */
final class Subsystems {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "casecheck-warmup");
        t.setDaemon(true);
        return t;
    });

    private static CompletableFuture<Checker> checker;
    private static CompletableFuture<DossierAssembler> assembler;

    /** Static initialisers measured as the largest one-off costs of reading the first PDF and DOCX. */
    private static final List<String> PARSER_CLASSES = List.of(
            "org.apache.fontbox.cmap.CMapStrings",
            "org.apache.pdfbox.pdmodel.font.PDType0Font",
            "org.apache.pdfbox.text.PDFTextStripper");

    private Subsystems() {
    }

    /** Best effort: a class missing from the classpath only means nothing to warm. */
    private static void initialise(List<String> classNames) {
        for (String name : classNames) {
            try {
                Class.forName(name, true, Subsystems.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError ignored) {
                // nothing to warm; the reader reports real problems when it parses
            }
        }
    }

    /** Starts loading the rules (idempotent). */
    static synchronized CompletableFuture<Checker> startChecker() {
        if (checker == null) {
            checker = CompletableFuture.supplyAsync(() -> {
                Checker c = Checker.load();
                // The KieBase is ready before the assembler's warm-up: use the spare core for the parsers' costliest
                // static set-up, which the first PDF and DOCX of the dossier would otherwise pay on the critical path.
                initialise(PARSER_CLASSES);
                return c;
            }, POOL);
        }
        return checker;
    }

    /** Starts warming up extraction and text analysis (idempotent). */
    static synchronized CompletableFuture<DossierAssembler> startAssembler() {
        if (assembler == null) {
            assembler = CompletableFuture.supplyAsync(() -> {
                return new DossierAssembler();
            }, POOL);
        }
        return assembler;
    }

    static Checker checker() throws ExecutionException, InterruptedException {
        return unwrap(startChecker());
    }

    static DossierAssembler assembler() throws ExecutionException, InterruptedException {
        return unwrap(startAssembler());
    }

    private static <T> T unwrap(CompletableFuture<T> f) throws ExecutionException, InterruptedException {
        try {
            return f.get();
        } catch (CompletionException e) {
            throw new ExecutionException(e.getCause());
        }
    }
}
