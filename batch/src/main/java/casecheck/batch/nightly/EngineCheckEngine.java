package casecheck.batch.nightly;

import casecheck.assemble.DossierAssembler;
import casecheck.assemble.DossierException;
import casecheck.check.CheckResult;
import casecheck.check.Checker;
import casecheck.check.FactSet;
import casecheck.check.LawConfig;
import casecheck.check.NotEvaluated;
import casecheck.export.ExportException;
import casecheck.export.ExportLayout;
import casecheck.export.ExportTables;
import casecheck.facts.AsOf;
import casecheck.facts.CaseFile;
import casecheck.facts.DataCoverage;
import casecheck.facts.DossierDocument;
import casecheck.facts.OutcomeReason;
import casecheck.facts.Unit;
import casecheck.privacy.Masker;
import casecheck.text.DocumentTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The real engine: ExportTables / ExportLayout / DossierAssembler / Checker. The assembler and the checker are
 * thread-safe and created once, lazily (a context that only lists findings never loads Drools or HanLP); their
 * warm-ups run in parallel.
 */
@Component
public class EngineCheckEngine implements CheckEngine {

    private volatile Checker checker;
    private volatile DossierAssembler assembler;
    private volatile String modelVersion;

    private Checker checker() {
        Checker c = checker;
        if (c == null) {
            synchronized (this) {
                if (checker == null) {
                    CompletableFuture<Void> warm = CompletableFuture.runAsync(DossierAssembler::warmUp);
                    checker = Checker.load();
                    warm.join();
                }
                c = checker;
            }
        }
        return c;
    }

    private DossierAssembler assembler() {
        DossierAssembler a = assembler;
        if (a == null) {
            synchronized (this) {
                if (assembler == null) {
                    checker();
                    assembler = new DossierAssembler();
                }
                a = assembler;
            }
        }
        return a;
    }

    @Override
    public LoadedExport load(Path exportDir) throws EngineException {
        CompletableFuture<Void> warm = CompletableFuture.runAsync(this::assembler);
        try {
            return new Tables(ExportTables.load(exportDir));
        } catch (ExportException e) {
            throw new EngineException(e.getMessage(), e);
        } finally {
            warm.join();
        }
    }

    @Override
    public List<Path> dossiers(Path exportDir) {
        return ExportLayout.dossiers(exportDir);
    }

    @Override
    public String caseIdOf(Path dossier) {
        return ExportLayout.caseIdOf(dossier);
    }

    @Override
    public FactSet assemble(Path dossier, LoadedExport export) throws EngineException {
        try {
            return assembler().assemble(dossier, ((Tables) export).tables());
        } catch (DossierException e) {
            throw new EngineException(e.getMessage(), e);
        }
    }

    @Override
    public FactSet alerts(LoadedExport export) {
        return assembler().alerts(((Tables) export).tables());
    }

    @Override
    public CheckResult check(FactSet facts, AsOf asOf) {
        return checker().check(facts, asOf);
    }

    @Override
    public List<NotEvaluated> notEvaluable(DataCoverage coverage) {
        return checker().catalog().notEvaluable(coverage);
    }

    @Override
    public DossierDocument notRead(String caseId, String path, OutcomeReason reason, String detail, String sha256) {
        return new DossierDocument(caseId, DossierAssembler.docId(caseId, path), path,
                DocumentTypes.recognise(null, path).type(), null, reason.outcome(), reason, detail, 0, 0, sha256);
    }

    @Override
    public String mask(String text) {
        return Masker.mask(text);
    }

    /** Hash of the engine's code (jar, or class files in development) and of the law configuration it reads. */
    @Override
    public String factModelVersion() {
        String v = modelVersion;
        if (v == null) {
            MessageDigest md = Sha256.digest();
            try {
                Path code = Path.of(DossierAssembler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(code)) {
                    try (Stream<Path> files = Files.walk(code)) {
                        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                            md.update(code.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            md.update(Files.readAllBytes(f));
                        }
                    }
                } else {
                    md.update(Files.readAllBytes(code));
                }
                try (InputStream in = LawConfig.class.getClassLoader().getResourceAsStream(LawConfig.DEFAULT_RESOURCE)) {
                    if (in != null) {
                        md.update(in.readAllBytes());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException | RuntimeException e) {
                // Unknown code location: a per-JVM version, so nothing cached by another build is trusted.
                md.update(Long.toString(System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            v = HexFormat.of().formatHex(md.digest());
            modelVersion = v;
        }
        return v;
    }

    /** The loaded tables. */
    record Tables(ExportTables tables) implements LoadedExport {

        @Override
        public List<Unit> units() { return tables.units(); }

        @Override
        public DataCoverage coverage() { return tables.coverage(); }

        @Override
        public List<String> warnings() { return tables.warnings(); }

        @Override
        public String unitOf(String caseId) { return tables.caseById(caseId).map(CaseFile::unitCode).orElse(null); }

        /** What DossierFacts reads from the tables for a case (its row, people, measures, venues, coverage). */
        @Override
        public String tableSliceKey(String caseId) {
            return CanonicalHash.of(tables.caseById(caseId), tables.personsOf(caseId), tables.measuresOf(caseId),
                    tables.venues(), tables.coverage());
        }
    }
}
