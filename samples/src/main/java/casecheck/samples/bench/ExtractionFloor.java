package casecheck.samples.bench;

import casecheck.export.ExportLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The floor of the nightly run, started by {@link Bench} as a child JVM: plain Tika text extraction of every
 * document of every dossier of an export (folders and zips), nothing else, one dossier per task on as many threads
 * as the nightly job. Prints one machine-readable result line, {@code floor documents=… failed=… chars=… extractMs=…}.
 *
 * <pre>ExtractionFloor EXPORT_DIR THREADS</pre>
 */
public final class ExtractionFloor {

    /** Zip entry names the case-handling system writes without the UTF-8 flag are GBK (export-format.md). */
    private static final Charset ZIP_NAMES = Charset.forName("GBK");

    private final AutoDetectParser parser = new AutoDetectParser();
    private final AtomicLong documents = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong chars = new AtomicLong();

    private ExtractionFloor() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ExtractionFloor EXPORT_DIR THREADS");
        }
        Path export = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();
        ExtractionFloor floor = new ExtractionFloor();
        List<Path> dossiers = ExportLayout.dossiers(export);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (Path d : dossiers) {
                tasks.add(pool.submit(() -> {
                    floor.dossier(d);
                    return null;
                }));
            }
            for (Future<?> f : tasks) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        // The result line is the child's protocol with Bench, so it goes to stdout.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf("floor dossiers=%d documents=%d failed=%d chars=%d extractMs=%d%n",
                dossiers.size(), floor.documents.get(), floor.failed.get(), floor.chars.get(), ms);
    }

    private void dossier(Path dossier) throws IOException {
        if (Files.isDirectory(dossier)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(dossier)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                try (InputStream in = TikaInputStream.get(f)) {
                    extract(in, f.getFileName().toString());
                }
            }
        } else {
            try (ZipFile zip = new ZipFile(dossier.toFile(), ZIP_NAMES)) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    if (entry.isDirectory()) {
                        continue;
                    }
                    String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                    try (InputStream in = TikaInputStream.get(zip.getInputStream(entry))) {
                        extract(in, name);
                    }
                }
            }
        }
    }

    private void extract(InputStream in, String fileName) {
        documents.incrementAndGet();
        BodyContentHandler text = new BodyContentHandler(-1);
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            parser.parse(in, text, md, new ParseContext());
            chars.addAndGet(text.toString().length());
        } catch (Exception | StackOverflowError e) {
            // Encrypted or corrupt documents belong to the generator's variety; the nightly job records them too.
            failed.incrementAndGet();
        }
    }
}
