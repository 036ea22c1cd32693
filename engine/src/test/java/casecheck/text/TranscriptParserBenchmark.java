package casecheck.text;

import casecheck.check.LawConfig;
import casecheck.extract.DocumentReader;
import casecheck.extract.Extraction;
import casecheck.facts.DocumentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Text-layer throughput: transcripts parsed per second by {@link TranscriptParser} alone (extraction done once
 * beforehand), over every transcript of an export's dossier folders. Not a unit test (no timing assertions); run it
 * and read the figures:
 *
 * <pre>
 * ./mvnw -q -o -pl engine test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp engine/target/test-classes:engine/target/classes:$(cat /tmp/cp.txt) \
 *      casecheck.text.TranscriptParserBenchmark samples/export [rounds=5] [repeat=40]
 * </pre>
 */
public final class TranscriptParserBenchmark {

    private static final Logger LOG = Logger.getLogger(TranscriptParserBenchmark.class.getName());

    private TranscriptParserBenchmark() {
    }

    private record Doc(String name, DocumentType type, List<String> pages, boolean paged) {
    }

    public static void main(String[] args) throws Exception {
        Path export = Path.of(args.length > 0 ? args[0] : "samples/export");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        DocumentReader reader = new DocumentReader();
        List<Doc> docs = new ArrayList<>();
        long chars = 0;
        try (Stream<Path> files = Files.walk(export)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (!(n.endsWith(".docx") || n.endsWith(".pdf") || n.endsWith(".txt") || n.endsWith(".doc"))) {
                    continue;
                }
                Extraction ex = reader.read(p.getFileName().toString(), Files.readAllBytes(p));
                if (ex.pages().isEmpty()) {
                    continue;
                }
                DocumentType t = DocumentTypes.recognise(ex.text(), p.getFileName().toString()).type();
                if (t.isTranscript()) {
                    docs.add(new Doc(p.toString(), t, ex.pages(), ex.paged()));
                    chars += ex.characters();
                }
            }
        }
        TranscriptParser parser = new TranscriptParser(LawConfig.defaults());
        TranscriptParser.Context ctx = new TranscriptParser.Context(null, List.of(), false, List.of());
        parseAll(parser, ctx, docs, repeat);
        for (int r = 1; r <= rounds; r++) {
            long start = System.nanoTime();
            parseAll(parser, ctx, docs, repeat);
            double s = (System.nanoTime() - start) / 1e9;
            long n = (long) docs.size() * repeat;
            LOG.info(String.format("第%d轮：%d 份笔录（%d 字符）× %d 次，%.2f s → %.0f 份/秒，%.2f ms/份", r, docs.size(), chars,
                    repeat, s, n / s, 1000 * s / n));
        }
    }

    private static void parseAll(TranscriptParser parser, TranscriptParser.Context ctx, List<Doc> docs, int repeat) {
        for (int i = 0; i < repeat; i++) {
            for (Doc d : docs) {
                parser.parse("B", "d", d.name(), d.type(), d.pages(), d.paged(), ctx);
            }
        }
    }
}
