package casecheck.text;

import casecheck.check.LawConfig;
import casecheck.facts.DocumentType;
import casecheck.facts.Officer;
import casecheck.facts.QaTurn;
import casecheck.facts.Transcript;
import casecheck.facts.TranscriptPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The variety corpus: transcripts written the way other vendors, other officers and OCR write them
 * ({@code src/test/resources/casecheck/variety/transcripts/*.txt}). Each file holds its expectations and its text:
 * <pre>
 * # what the variant is about (free comment)
 * start = 2026-11-03T09:05
 * interviewers = 张三,李四
 * ---
 * 讯问笔录
 * …
 * </pre>
 * A line {@code <<分页>>} in the text is a page break of the file format (a PDF page); the document is then paged.
 * Expected values are written as {@link #FIELDS} renders them; {@code null} means the field must stay unknown.
 */
final class VarietyCorpus {

    static final String PAGE_BREAK = "<<分页>>";
    private static final TranscriptParser PARSER = new TranscriptParser(LawConfig.defaults());
    private static final TranscriptParser.Context NO_TABLES =
            new TranscriptParser.Context(null, List.of(), false, List.of());

    /** One variant: its file name, expectations in file order, and the parsed document. */
    record Variant(String name, Map<String, String> expected, DocumentType type, Transcript transcript) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Field renderers: the text a fixture writes for each field of the parsed transcript. */
    static final Map<String, Function<Variant, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("type", v -> v.type());
        FIELDS.put("kind", v -> v.transcript().kind());
        FIELDS.put("procedure", v -> v.transcript().procedure());
        FIELDS.put("combinedForm", v -> v.transcript().combinedForm());
        FIELDS.put("sessionNo", v -> v.transcript().sessionNo());
        FIELDS.put("first", v -> v.transcript().first());
        FIELDS.put("start", v -> v.transcript().start());
        FIELDS.put("end", v -> v.transcript().end());
        FIELDS.put("timeUnreadable", v -> v.transcript().timeUnreadable());
        FIELDS.put("location", v -> v.transcript().location().raw());
        FIELDS.put("location.kind", v -> v.transcript().location().kind());
        FIELDS.put("interviewers", v -> names(v.transcript().interviewers()));
        FIELDS.put("interviewers.signed", v -> flags(v.transcript().interviewers(), Officer::signed));
        FIELDS.put("interviewers.auxiliary", v -> flags(v.transcript().interviewers(), Officer::auxiliary));
        FIELDS.put("illegible", v -> v.transcript().illegible().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(",")));
        FIELDS.put("recorder", v -> v.transcript().recorder() == null ? null : v.transcript().recorder().name());
        FIELDS.put("recorder.signed", v -> v.transcript().recorder() == null ? null : v.transcript().recorder().signed());
        FIELDS.put("recorder.auxiliary", v -> v.transcript().recorder() == null ? null
                : v.transcript().recorder().auxiliary());
        FIELDS.put("policeOfficerCount", v -> v.transcript().policeOfficerCount());
        FIELDS.put("interpreter", v -> v.transcript().interpreter() == null ? null : v.transcript().interpreter().name());
        FIELDS.put("guardian", v -> v.transcript().guardian() == null ? null : v.transcript().guardian().name());
        FIELDS.put("guardian.signed", v -> v.transcript().guardian() == null ? null : v.transcript().guardian().signed());
        FIELDS.put("subject", v -> v.transcript().subject() == null ? null : v.transcript().subject().name());
        FIELDS.put("subject.id", v -> v.transcript().subject() == null || v.transcript().subject().idNumber() == null
                ? null : v.transcript().subject().idNumber().normalized());
        FIELDS.put("subject.gender", v -> v.transcript().subject() == null ? null : v.transcript().subject().gender());
        FIELDS.put("subject.birth", v -> v.transcript().subject() == null ? null : v.transcript().subject().birthDate());
        FIELDS.put("subject.age", v -> v.transcript().subject() == null ? null : v.transcript().subject().ageAtStart());
        FIELDS.put("subject.role", v -> v.transcript().subject() == null ? null : v.transcript().subject().role());
        FIELDS.put("arrival.mode", v -> v.transcript().arrival().mode());
        FIELDS.put("arrival.time", v -> v.transcript().arrival().arrivalTime());
        FIELDS.put("arrival.leave", v -> v.transcript().arrival().leaveTime());
        FIELDS.put("rights", v -> v.transcript().rights().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(",")));
        FIELDS.put("confirmation", v -> v.transcript().confirmation());
        FIELDS.put("refusalNote", v -> v.transcript().refusalNote());
        FIELDS.put("pages", v -> v.transcript().pages().size());
        FIELDS.put("pages.signed", v -> flags(v.transcript().pages(), TranscriptPage::subjectSigned));
        FIELDS.put("pages.fingerprinted", v -> flags(v.transcript().pages(), TranscriptPage::subjectFingerprinted));
        FIELDS.put("pages.declaredNo", v -> v.transcript().pages().stream()
                .map(p -> String.valueOf(p.declaredNo())).collect(Collectors.joining(",")));
        FIELDS.put("declaredPageTotal", v -> v.transcript().declaredPageTotal());
        FIELDS.put("turns", v -> v.transcript().turns().size());
        FIELDS.put("turns.pages", v -> v.transcript().turns().stream()
                .map(t -> String.valueOf(t.page())).collect(Collectors.joining(",")));
    }

    private VarietyCorpus() {
    }

    /** The renderer of a key; {@code turn.N.q}, {@code turn.N.a} (1-based) address single turns. */
    static Function<Variant, Object> field(String key) {
        Function<Variant, Object> f = FIELDS.get(key);
        if (f != null) {
            return f;
        }
        String[] parts = key.split("\\.");
        if (parts.length == 3 && parts[0].equals("turn")) {
            int n = Integer.parseInt(parts[1]) - 1;
            Function<QaTurn, Object> part = switch (parts[2]) {
                case "q" -> QaTurn::question;
                case "a" -> QaTurn::answer;
                case "page" -> QaTurn::page;
                default -> null;
            };
            if (part != null) {
                return v -> n < v.transcript().turns().size() ? part.apply(v.transcript().turns().get(n)) : "<no turn>";
            }
        }
        return null;
    }

    /** The text a fixture compares with: {@code null} for null, else {@code toString()}. */
    static String render(Object value) {
        return Objects.toString(value, "null");
    }

    static List<Variant> load() {
        Path dir;
        try {
            dir = Path.of(VarietyCorpus.class.getResource("/casecheck/variety/transcripts").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Variant> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(read(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Variant read(Path file) throws IOException {
        String all = Files.readString(file, StandardCharsets.UTF_8);
        int sep = all.indexOf("\n---\n");
        if (sep < 0) {
            throw new IllegalStateException(file.getFileName() + ": no '---' line between expectations and text");
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : all.substring(0, sep).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            expected.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        String text = all.substring(sep + 5);
        List<String> pages = List.of(text.split("\n" + PAGE_BREAK + "\n", -1));
        String name = file.getFileName().toString();
        DocumentType type = DocumentTypes.recognise(text.replace(PAGE_BREAK, ""), name).type();
        Transcript t = PARSER.parse("V1", "d1", name, type, pages, pages.size() > 1, NO_TABLES);
        return new Variant(name, expected, type, t);
    }

    private static String names(List<Officer> officers) {
        return officers.stream().map(o -> String.valueOf(o.name())).collect(Collectors.joining(","));
    }

    private static <T> String flags(List<T> items, Function<T, Boolean> flag) {
        return items.stream().map(i -> String.valueOf(flag.apply(i))).collect(Collectors.joining(","));
    }
}
