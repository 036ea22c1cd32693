package casecheck.assemble;

import casecheck.check.FactSet;
import casecheck.check.LawConfig;
import casecheck.export.ExportLayout;
import casecheck.export.ExportTables;
import casecheck.extract.DocumentParser;
import casecheck.extract.DocumentReader;
import casecheck.extract.Extraction;
import casecheck.extract.SafeZip;
import casecheck.extract.SystemArtefacts;
import casecheck.facts.DataCoverage;
import casecheck.facts.DocumentType;
import casecheck.facts.DossierDocument;
import casecheck.facts.OutcomeReason;
import casecheck.text.DocumentTypes;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Turns a dossier (folder or zip) plus the export tables into the {@link FactSet} the rules check. Every document
 * ends in exactly one {@link DossierDocument} outcome; typed facts are produced only from documents read completely
 * and reliably (a scanned or garbled transcript is a review item, never "no findings"). Each document is read once,
 * on a worker thread bounded in time; Tika, POI and HanLP are set up once per instance and shared. Thread-safe.
 */
public final class DossierAssembler {

    /** Default time allowed to read one document. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** Largest document read into memory (the per-entry limit of a zipped dossier); larger ones are refused. */
    public static final long MAX_DOCUMENT_BYTES = SafeZip.Limits.DOSSIER.maxEntryBytes();

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final AtomicInteger ABANDONED = new AtomicInteger();
    private static final int RUNNING = 0;
    private static final int FINISHED = 1;
    private static final int ABANDONED_STATE = 2;
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(daemon());

    private final DocumentParser reader;
    private final DossierFacts parser;
    private final Duration timeout;
    private final long textPrefixBytes;

    public DossierAssembler() {
        this(LawConfig.defaults(), DEFAULT_TIMEOUT, DocumentReader.DEFAULT_MAX_CHARS);
    }

    public DossierAssembler(LawConfig law, Duration timeout, int maxChars) {
        this(law, timeout, maxChars, new DocumentReader(maxChars));
    }

    /**
     * With another document parser (tests inject parsers that hang, throw or exhaust memory). {@code maxChars} is
     * the parser's character cap: a plain-text file is read only as far as that cap can use.
     */
    public DossierAssembler(LawConfig law, Duration timeout, int maxChars, DocumentParser reader) {
        this.reader = reader;
        this.parser = new DossierFacts(law);
        this.timeout = timeout;
        this.textPrefixBytes = 4L * maxChars + 8;
    }

    /**
     * Parser threads that exceeded their time and have not stopped yet (parsers rarely honour interrupts): each
     * keeps a core busy until it ends. Monitoring reads this; a restart of the process clears it.
     */
    public static int abandonedWorkers() {
        return ABANDONED.get();
    }

    /**
     * Loads the Tika detector, POI, PDFBox and HanLP classes and dictionaries, so that a benchmark's first dossier
     * does not pay them. Safe to call in parallel with {@code Checker.load()} and more than once. The CLI does not
     * call it: most dossiers need neither Tika's configuration, POI's object model nor HanLP, which load on first use.
     */
    public static void warmUp() {
        DocumentReader.warmUp();
        DossierFacts.warmUp();
    }

    /**
     * Assembles one dossier. Never throws for a bad document; throws {@link DossierException} only when the dossier
     * cannot be opened at all.
     */
    public FactSet assemble(Path dossier, ExportTables tables) throws DossierException {
        return assemble(dossier, tables, 1);
    }

    /**
     * As {@link #assemble(Path, ExportTables)}, reading the documents of a dossier folder on up to {@code readers}
     * threads at once (the CLI checks one dossier on an otherwise idle machine; the nightly batch runs dossiers in
     * parallel instead and reads one document at a time). The result is the same, in the same order.
     */
    public FactSet assemble(Path dossier, ExportTables tables, int readers) throws DossierException {
        if (dossier == null || !Files.exists(dossier, LinkOption.NOFOLLOW_LINKS)) {
            throw new DossierException("卷宗不存在：" + (dossier == null ? "" : dossier.getFileName()));
        }
        if (Files.isSymbolicLink(dossier)) {
            throw new DossierException("卷宗是符号链接，未读取：" + dossier.getFileName());
        }
        String caseId = ExportLayout.caseIdOf(dossier);
        List<ReadDocument> docs = new ArrayList<>();
        if (Files.isDirectory(dossier, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> entries = folderEntries(dossier);
            if (readers <= 1 || entries.size() <= 1) {
                for (Path p : entries) {
                    docs.add(readOne(caseId, folderSource(dossier, p)));
                }
            } else {
                docs.addAll(readConcurrently(caseId, dossier, entries, readers));
            }
        } else if (dossier.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            docs.addAll(zip(dossier, caseId));
        } else {
            throw new DossierException("卷宗既不是目录也不是 zip 压缩包：" + dossier.getFileName());
        }
        ExportTables t = tables == null ? ExportTables.empty() : tables;
        List<Object> facts = parser.facts(caseId, docs, t);
        List<DossierDocument> outcomes = docs.stream().map(ReadDocument::document).toList();
        DataCoverage coverage = new DataCoverage(t.coverage().tables(), true);
        List<Object> all = new ArrayList<>(facts);
        all.addAll(outcomes);
        all.add(coverage);
        return new FactSet(caseId, all, outcomes, coverage);
    }

    /** Reads the folder entries on {@code readers} threads; results keep the order of {@code entries}. */
    private List<ReadDocument> readConcurrently(String caseId, Path dossier, List<Path> entries, int readers) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(readers, entries.size()), daemon());
        try {
            List<Future<ReadDocument>> pending = new ArrayList<>();
            for (Path p : entries) {
                pending.add(pool.submit(() -> readOne(caseId, folderSource(dossier, p))));
            }
            List<ReadDocument> out = new ArrayList<>();
            for (Future<ReadDocument> f : pending) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("读取卷宗时被中断", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Alert-level facts: every alert, every case (for links) and the coverage; subject "警情". */
    public FactSet alerts(ExportTables tables) {
        List<Object> facts = new ArrayList<>();
        facts.addAll(tables.alerts());
        facts.addAll(tables.cases());
        facts.add(tables.coverage());
        return new FactSet("警情", facts, List.of(), tables.coverage());
    }

    /**
     * A document to read: its path relative to the dossier and its bytes, or the reason it cannot be read.
     * {@code sha256} is set when {@code data} is only the head of a longer file (the hash covers the whole file).
     */
    private record Source(String path, byte[] data, OutcomeReason problem, String detail, String sha256) {
        Source(String path, byte[] data, OutcomeReason problem, String detail) {
            this(path, data, problem, detail, null);
        }
    }

    private static List<Path> folderEntries(Path dossier) throws DossierException {
        try (Stream<Path> walk = Files.walk(dossier)) {
            return walk.filter(p -> !p.equals(dossier) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !SystemArtefacts.isArtefact(dossier.relativize(p).toString()))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | RuntimeException e) {
            throw new DossierException("无法读取卷宗目录：" + dossier.getFileName(), e);
        }
    }

    /** One file of a dossier folder, read into memory only after the link, special-file and size checks. */
    private Source folderSource(Path dossier, Path p) {
        String rel = dossier.relativize(p).toString().replace('\\', '/');
        if (Files.isSymbolicLink(p)) {
            return new Source(rel, null, OutcomeReason.SKIPPED_LINK, "符号链接不跟随");
        }
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return new Source(rel, null, OutcomeReason.SKIPPED_SPECIAL_FILE, "管道或设备文件");
        }
        try {
            long size = Files.size(p);
            boolean text = rel.toLowerCase(Locale.ROOT).endsWith(".txt");
            if (text && size > textPrefixBytes) {
                return head(rel, p);
            }
            if (size > MAX_DOCUMENT_BYTES) {
                return new Source(rel, null, OutcomeReason.FILE_TOO_LARGE,
                        "文件大小 " + (size >> 20) + " MB，超过上限 " + (MAX_DOCUMENT_BYTES >> 20) + " MB");
            }
            return new Source(rel, Files.readAllBytes(p), null, null);
        } catch (IOException | OutOfMemoryError e) {
            return new Source(rel, null, OutcomeReason.DOCUMENT_CORRUPT, "无法读取文件");
        }
    }

    /** The first bytes of a long text file, hashing the whole file on the way (bounded memory, C4). */
    private Source head(String rel, Path p) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] head = new byte[(int) textPrefixBytes];
        int kept = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                sha.update(buf, 0, r);
                int take = Math.min(r, head.length - kept);
                System.arraycopy(buf, 0, head, kept, take);
                kept += take;
            }
        }
        return new Source(rel, java.util.Arrays.copyOf(head, kept), null, null,
                java.util.HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * Reads a zipped dossier entry by entry: each entry is parsed as soon as it is inflated and then dropped, so
     * memory holds one entry at a time, not the whole archive (up to 1 GiB inflated).
     */
    private List<ReadDocument> zip(Path dossier, String caseId) throws DossierException {
        List<ReadDocument> out = new ArrayList<>();
        try {
            List<String> names = SafeZip.fileNames(dossier).stream().filter(n -> !SystemArtefacts.isArtefact(n))
                    .toList();
            String root = commonRoot(names, caseId);
            SafeZip.visit(dossier, SafeZip.Limits.DOSSIER, n -> !SystemArtefacts.isArtefact(n), e -> {
                String rel = root != null && e.name().startsWith(root) ? e.name().substring(root.length()) : e.name();
                out.add(readOne(caseId, new Source(rel, e.data(), e.problem(), e.detail())).withNote(legacyName(e)));
            });
        } catch (IOException e) {
            throw new DossierException("卷宗压缩包无法打开：" + dossier.getFileName() + "（" + e.getMessage() + "）", e);
        }
        out.sort(Comparator.comparing(ReadDocument::path));
        return out;
    }

    /**
     * For an entry whose name was not stored as UTF-8 (a zip made on Chinese Windows, A7): the note that keeps the
     * undecoded name bytes for the audit record, space-separated hex (never a digit run a masker would take for a
     * number); null for a UTF-8 name.
     */
    static String legacyName(SafeZip.Entry e) {
        if (e.rawNameHex() == null || e.rawNameHex().isEmpty() || e.rawNameHex().equalsIgnoreCase(
                java.util.HexFormat.of().formatHex(e.name().getBytes(StandardCharsets.UTF_8)))) {
            return null;
        }
        byte[] raw = java.util.HexFormat.of().parseHex(e.rawNameHex());
        String hex = java.util.HexFormat.ofDelimiter(" ").formatHex(raw, 0, Math.min(raw.length, 255));
        return "压缩包条目名未标记为 UTF-8，已按 GB18030 解码；原始字节：" + hex + (raw.length > 255 ? " …" : "");
    }

    /** "<caseId>/" when every entry lies in a folder named after the case (the zip wraps the case folder). */
    private static String commonRoot(List<String> names, String caseId) {
        String prefix = caseId + "/";
        if (!names.isEmpty() && names.stream().allMatch(n -> n.startsWith(prefix))) {
            return prefix;
        }
        return null;
    }

    private ReadDocument readOne(String caseId, Source s) {
        String docId = docId(caseId, s.path());
        if (s.problem() != null) {
            return ReadDocument.failed(caseId, docId, s.path(), s.problem(), s.detail(), null);
        }
        String sha = s.sha256() != null ? s.sha256() : DocumentReader.sha256(s.data());
        Extraction ex = bounded(s);
        return ReadDocument.of(caseId, docId, s.path(), ex, sha);
    }

    /** Reads on a worker thread: a timeout, an OutOfMemoryError or a StackOverflowError becomes a reason code. */
    private Extraction bounded(Source s) {
        AtomicInteger state = new AtomicInteger(RUNNING);
        Future<Extraction> f = WORKERS.submit(() -> {
            try {
                return reader.read(s.path(), s.data());
            } catch (OutOfMemoryError e) {
                return Extraction.failed(null, OutcomeReason.PARSER_OOM, "解析时内存不足");
            } catch (StackOverflowError e) {
                return Extraction.failed(null, OutcomeReason.PARSER_CRASH, "解析时栈溢出");
            } catch (RuntimeException | LinkageError e) {
                return Extraction.failed(null, OutcomeReason.PARSER_CRASH, "解析程序异常：" + e.getClass().getSimpleName());
            } finally {
                if (state.getAndSet(FINISHED) == ABANDONED_STATE) {
                    ABANDONED.decrementAndGet();
                }
            }
        });
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            if (state.compareAndSet(RUNNING, ABANDONED_STATE)) {
                ABANDONED.incrementAndGet();
            }
            return Extraction.failed(null, OutcomeReason.PARSER_TIMEOUT, "解析超过 " + timeout.toSeconds() + " 秒");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return Extraction.failed(null, OutcomeReason.PARSER_TIMEOUT, "解析被中断");
        } catch (ExecutionException e) {
            return Extraction.failed(null, OutcomeReason.PARSER_CRASH, "解析程序异常：" + e.getCause().getClass().getSimpleName());
        }
    }

    /** Stable id of a document: the first 16 hex chars of SHA-256 over "caseId|path". */
    public static String docId(String caseId, String path) {
        return DocumentReader.sha256((caseId + "|" + path).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private static ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "casecheck-extract-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** For tests and the benchmark: the type a text would be recognised as. */
    static DocumentType typeOf(String text, String name) {
        return DocumentTypes.recognise(text, name).type();
    }
}
