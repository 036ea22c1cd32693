package casecheck.reliability;

import casecheck.assemble.DossierAssembler;
import casecheck.check.FactSet;
import casecheck.check.LawConfig;
import casecheck.export.ExportTables;
import casecheck.extract.DocumentParser;
import casecheck.extract.DocumentReader;
import casecheck.facts.DossierDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Child-JVM entry point of {@link ChildJvm}: assembles one dossier and writes "path TAB reason TAB characters" per
 * document. Args: output file, dossier, mode ({@code real}, or {@code greedy}: documents named 贪婪* allocate until
 * the heap is exhausted), timeout in seconds.
 */
public final class AssembleMain {

    private AssembleMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path dossier = Path.of(args[1]);
        DocumentReader real = new DocumentReader();
        DocumentParser parser = args[2].equals("greedy")
                ? (name, data) -> name.startsWith("贪婪") ? exhaustHeap() : real.read(name, data)
                : real;
        DossierAssembler a = new DossierAssembler(LawConfig.defaults(), Duration.ofSeconds(Long.parseLong(args[3])),
                DocumentReader.DEFAULT_MAX_CHARS, parser);
        FactSet fs = a.assemble(dossier, ExportTables.empty());
        List<String> lines = new ArrayList<>();
        for (DossierDocument d : fs.documents()) {
            lines.add(d.path() + "\t" + d.reason() + "\t" + d.characters());
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.exit(0);
    }

    /** A parser whose memory use explodes: keeps every block it allocates until the heap is gone. */
    private static casecheck.extract.Extraction exhaustHeap() {
        List<byte[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new byte[1 << 20]);
        }
    }
}
