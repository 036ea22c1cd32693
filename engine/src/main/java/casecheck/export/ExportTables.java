package casecheck.export;

import casecheck.check.LawConfig;
import casecheck.extract.SafeZip;
import casecheck.extract.SystemArtefacts;
import casecheck.facts.Alert;
import casecheck.facts.AlertDisposition;
import casecheck.facts.AlertNature;
import casecheck.facts.CaseCategory;
import casecheck.facts.CaseFile;
import casecheck.facts.DataCoverage;
import casecheck.facts.Gender;
import casecheck.facts.IdNumber;
import casecheck.facts.InputTable;
import casecheck.facts.Locator;
import casecheck.facts.Measure;
import casecheck.facts.MeasureType;
import casecheck.facts.Mediability;
import casecheck.facts.OffenceGroup;
import casecheck.facts.Person;
import casecheck.facts.PersonRole;
import casecheck.facts.ReviewType;
import casecheck.facts.SpecialCondition;
import casecheck.facts.Unit;
import casecheck.facts.UnitLevel;
import casecheck.facts.Venue;
import casecheck.facts.VenueType;
import casecheck.text.Classifiers;
import casecheck.text.OffenceClassifier;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The tables of one export (单位, 场所, 警情, 案件, 人员, 强制措施) as typed facts. Any table may be missing: it is
 * then absent from {@link #coverage()} and a Chinese warning says so. A bad row is skipped with a warning naming its
 * row number; it never aborts the load. Immutable and thread-safe once loaded.
 */
public final class ExportTables {

    private static final Map<InputTable, String> KEYS = Map.of(InputTable.UNITS, "units", InputTable.VENUES, "venues",
            InputTable.ALERTS, "alerts", InputTable.CASES, "cases", InputTable.PERSONS, "persons",
            InputTable.MEASURES, "measures");

    private final List<Unit> units;
    private final List<Venue> venues;
    private final List<Alert> alerts;
    private final List<CaseFile> cases;
    private final List<Person> persons;
    private final List<Measure> measures;
    private final DataCoverage coverage;
    private final List<String> warnings;
    private final Map<String, CaseFile> caseIndex = new HashMap<>();
    private final Map<String, List<Person>> personIndex = new HashMap<>();
    private final Map<String, List<Measure>> measureIndex = new HashMap<>();

    private ExportTables(List<Unit> units, List<Venue> venues, List<Alert> alerts, List<CaseFile> cases,
                         List<Person> persons, List<Measure> measures, Set<InputTable> present, List<String> warnings) {
        this.units = List.copyOf(units);
        this.venues = List.copyOf(venues);
        this.alerts = List.copyOf(alerts);
        this.cases = List.copyOf(cases);
        this.persons = List.copyOf(persons);
        this.measures = List.copyOf(measures);
        this.coverage = new DataCoverage(present, false);
        this.warnings = List.copyOf(warnings);
        for (CaseFile c : this.cases) {
            caseIndex.putIfAbsent(c.caseId(), c);
        }
        for (Person p : this.persons) {
            personIndex.computeIfAbsent(p.caseId(), k -> new ArrayList<>()).add(p);
        }
        for (Measure m : this.measures) {
            measureIndex.computeIfAbsent(m.caseId(), k -> new ArrayList<>()).add(m);
        }
    }

    /** No tables at all (a lone dossier checked by the CLI). */
    public static ExportTables empty() {
        return new ExportTables(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), List.of());
    }

    /** Loads the tables of an export folder or zip with the default header aliases and law configuration. */
    public static ExportTables load(Path exportDirOrZip) throws ExportException {
        return load(exportDirOrZip, HeaderAliases.defaults(), LawConfig.defaults());
    }

    /** Loads with a vendor's header-alias override file layered over the defaults. */
    public static ExportTables load(Path exportDirOrZip, Path headerAliasOverride) throws ExportException {
        try {
            return load(exportDirOrZip, HeaderAliases.withOverride(headerAliasOverride), LawConfig.defaults());
        } catch (IOException e) {
            throw new ExportException("无法读取表头别名配置：" + headerAliasOverride.getFileName(), e);
        }
    }

    public static ExportTables load(Path exportDirOrZip, HeaderAliases aliases, LawConfig law) throws ExportException {
        if (exportDirOrZip == null || !Files.exists(exportDirOrZip, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExportException("导出目录不存在：" + exportDirOrZip);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        if (Files.isDirectory(exportDirOrZip, LinkOption.NOFOLLOW_LINKS)) {
            try (var s = Files.list(exportDirOrZip)) {
                for (Path p : s.sorted().toList()) {
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && isTableFile(p.getFileName().toString())) {
                        // The same bound as a table inside a zipped export: a runaway file is not read into memory.
                        long size = Files.size(p);
                        long limit = SafeZip.Limits.EXPORT.maxEntryBytes();
                        if (size > limit) {
                            warnings.add("表格文件 " + p.getFileName() + " 过大（" + (size >> 20) + " MB，上限 "
                                    + (limit >> 20) + " MB），未读取，按缺表处理");
                            continue;
                        }
                        files.put(p.getFileName().toString(), Files.readAllBytes(p));
                    }
                }
            } catch (IOException e) {
                throw new ExportException("无法读取导出目录：" + exportDirOrZip.getFileName(), e);
            }
        } else if (exportDirOrZip.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            try {
                for (SafeZip.Entry e : SafeZip.read(exportDirOrZip, SafeZip.Limits.EXPORT,
                        name -> isTableFile(topLevelName(name)) && isTopLevel(name)
                                && !SystemArtefacts.isArtefact(name))) {
                    if (e.problem() == null) {
                        files.put(topLevelName(e.name()), e.data());
                    } else {
                        warnings.add("导出压缩包中的表格 " + e.name() + " 无法读取：" + e.problem().label());
                    }
                }
            } catch (IOException e) {
                throw new ExportException("导出压缩包无法读取：" + exportDirOrZip.getFileName() + "（" + e.getMessage() + "）", e);
            }
        } else {
            throw new ExportException("导出既不是目录也不是 zip 压缩包：" + exportDirOrZip.getFileName());
        }
        Loader l = new Loader(aliases, new Classifiers(law), warnings);
        Set<InputTable> present = EnumSet.noneOf(InputTable.class);
        Map<InputTable, RawTable> raw = new HashMap<>();
        for (InputTable t : InputTable.values()) {
            RawTable table = l.find(t, files);
            if (table != null) {
                present.add(t);
                raw.put(t, table);
            } else {
                warnings.add("缺少" + t.label() + "表：依赖该表的规则本次不评估");
            }
        }
        List<Unit> units = l.rows(raw.get(InputTable.UNITS), "units", l::unit);
        List<Venue> venues = l.rows(raw.get(InputTable.VENUES), "venues", l::venue);
        List<Person> persons = l.rows(raw.get(InputTable.PERSONS), "persons", l::person);
        List<Measure> measures = l.rows(raw.get(InputTable.MEASURES), "measures", l::measure);
        List<Alert> alerts = l.rows(raw.get(InputTable.ALERTS), "alerts", l::alert);
        Map<String, Boolean> victims = new HashMap<>();
        for (Person p : persons) {
            if (p.role() != null && (p.role() == PersonRole.VICTIM || p.role() == PersonRole.INJURED_PARTY)) {
                victims.put(p.caseId(), true);
            }
        }
        Map<String, Alert> alertById = new HashMap<>();
        alerts.forEach(a -> alertById.putIfAbsent(a.alertId(), a));
        List<CaseFile> cases = l.rows(raw.get(InputTable.CASES), "cases", f -> l.caseFile(f, victims, alertById));
        return new ExportTables(units, venues, alerts, cases, persons, measures, present, warnings);
    }

    private static boolean isTopLevel(String name) {
        String n = name.replace('\\', '/');
        int slash = n.indexOf('/');
        return slash < 0 || n.indexOf('/', slash + 1) < 0;
    }

    /** The file name of a zip entry at the export root, or inside a single top-level folder. */
    private static String topLevelName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** An .xlsx or .csv file, not an owner file Excel or WPS leaves while the table is open ({@code ~$案件.xlsx}). */
    private static boolean isTableFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return (n.endsWith(".xlsx") || n.endsWith(".csv")) && !SystemArtefacts.isArtefact(name);
    }

    public List<Unit> units() { return units; }

    public List<Venue> venues() { return venues; }

    public List<Alert> alerts() { return alerts; }

    public List<CaseFile> cases() { return cases; }

    public List<Person> persons() { return persons; }

    public List<Measure> measures() { return measures; }

    public DataCoverage coverage() { return coverage; }

    /** Chinese warnings (missing tables, skipped rows), with ID and phone numbers masked. */
    public List<String> warnings() { return warnings; }

    public Optional<CaseFile> caseById(String caseId) { return Optional.ofNullable(caseIndex.get(caseId)); }

    public List<Person> personsOf(String caseId) {
        return Collections.unmodifiableList(personIndex.getOrDefault(caseId, List.of()));
    }

    public List<Measure> measuresOf(String caseId) {
        return Collections.unmodifiableList(measureIndex.getOrDefault(caseId, List.of()));
    }

    /** One table row by field name. */
    record Fields(String table, String label, int row, Map<String, String> values) {
        /** The cell's text; null when blank or a placeholder for nothing ("无", "/", "-" …). */
        String get(String field) {
            String v = values.get(field);
            return v == null || v.isBlank() || TableCells.isNothing(v.strip()) ? null : v.strip();
        }

        /** The cell's text even when it is a placeholder ("无" answers a yes/no column). */
        String raw(String field) {
            String v = values.get(field);
            return v == null || v.isBlank() ? null : v.strip();
        }

        Locator locator(String key) {
            return Locator.of(label, null, row, key == null ? "" : key);
        }
    }

    /** Converts raw rows into facts, collecting warnings. */
    private static final class Loader {
        private final HeaderAliases aliases;
        private final Classifiers classifiers;
        private final List<String> warnings;

        Loader(HeaderAliases aliases, Classifiers classifiers, List<String> warnings) {
            this.aliases = aliases;
            this.classifiers = classifiers;
            this.warnings = warnings;
        }

        RawTable find(InputTable t, Map<String, byte[]> files) {
            for (String base : aliases.fileNames(KEYS.get(t))) {
                for (String ext : List.of(".xlsx", ".csv")) {
                    for (Map.Entry<String, byte[]> f : files.entrySet()) {
                        if (f.getKey().equalsIgnoreCase(base + ext)) {
                            try {
                                return ext.equals(".csv") ? TableReader.csv(f.getKey(), f.getValue())
                                        : TableReader.xlsx(f.getKey(), f.getValue());
                            } catch (IOException | RuntimeException e) {
                                warnings.add(t.label() + "表（" + f.getKey() + "）无法读取，按缺表处理：" + e.getMessage());
                                return null;
                            }
                        }
                    }
                }
            }
            return null;
        }

        <T> List<T> rows(RawTable t, String key, Function<Fields, T> convert) {
            if (t == null) {
                return List.of();
            }
            String label = label(key);
            List<String> fields = aliases.mapHeaders(key, t.header());
            List<RawTable.RawRow> data = t.rows();
            // A vendor's title row ("警情数据导出 2026-11-22") above the real header: take the first row that names
            // at least two known columns.
            for (int i = 0; known(fields) < 2 && i < Math.min(5, data.size()); i++) {
                List<String> below = aliases.mapHeaders(key, data.get(i).cells());
                if (known(below) >= 2) {
                    fields = below;
                    data = data.subList(i + 1, data.size());
                }
            }
            List<T> out = new ArrayList<>();
            for (RawTable.RawRow r : data) {
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    if (fields.get(i) != null) {
                        values.put(fields.get(i), r.cell(i));
                    }
                }
                try {
                    T v = convert.apply(new Fields(key, label, r.number(), values));
                    if (v != null) {
                        out.add(v);
                    }
                } catch (RuntimeException e) {
                    warnings.add(casecheck.privacy.Masker.mask(label + "表第" + r.number() + "行无法读取，已跳过：" + e.getMessage()));
                }
            }
            return out;
        }

        private static long known(List<String> fields) {
            return fields.stream().filter(java.util.Objects::nonNull).count();
        }

        private static String label(String key) {
            for (Map.Entry<InputTable, String> e : KEYS.entrySet()) {
                if (e.getValue().equals(key)) {
                    return e.getKey().label();
                }
            }
            return key;
        }

        private String required(Fields f, String field, String name) {
            String v = f.get(field);
            if (v == null) {
                throw new IllegalArgumentException("缺少" + name);
            }
            return v;
        }

        private LocalDateTime time(Fields f, String field, String name) {
            String v = f.get(field);
            if (v == null) {
                return null;
            }
            LocalDateTime t = TableCells.dateTime(v);
            if (t == null) {
                warnings.add(f.label() + "表第" + f.row() + "行" + name + "无法识别（" + casecheck.privacy.Masker.mask(v) + "），按未知处理");
            }
            return t;
        }

        Unit unit(Fields f) {
            return new Unit(required(f, "code", "单位编码"), f.get("name"), f.get("parentCode"),
                    byLabel(UnitLevel.values(), f.get("level"), UnitLevel::label, null), f.get("chief"),
                    f.get("chiefEmail"), f.get("leader"), f.get("leaderEmail"), f.get("legalOfficer"),
                    f.get("legalOfficerEmail"));
        }

        Venue venue(Fields f) {
            String status = f.get("status");
            LocalDate stopped = date(f.get("stoppedDate"));
            boolean active = status == null ? stopped == null : !status.contains("停");
            List<String> rooms = f.get("rooms") == null ? List.of()
                    : Arrays.stream(f.get("rooms").split("[、;；,，/]")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
            return new Venue(required(f, "code", "场所编码"), required(f, "name", "场所名称"), f.get("unitCode"),
                    byLabel(VenueType.values(), f.get("type"), VenueType::label, VenueType.OTHER), active, stopped,
                    rooms);
        }

        Alert alert(Fields f) {
            String id = required(f, "alertId", "警情编号");
            LocalDateTime received = time(f, "receivedTime", "接警时间");
            OffenceClassifier c = classifiers.on(received == null ? null : received.toLocalDate());
            String content = f.get("content");
            String category = f.get("category");
            String feedback = f.get("feedback");
            Set<OffenceGroup> groups = c.groups(category, content, feedback);
            Mediability med = c.mediability(category, content, feedback);
            return new Alert(id, received, content, category,
                    byLabel(AlertNature.values(), f.get("nature"), AlertNature::label, null), f.get("unitCode"),
                    f.get("officer"), time(f, "dispatchTime", "处警时间"),
                    byLabel(AlertDisposition.values(), f.get("disposition"), AlertDisposition::label,
                            f.get("disposition") == null ? null : AlertDisposition.OTHER),
                    feedback, f.get("linkedCaseId"), groups, med, f.locator(id));
        }

        CaseFile caseFile(Fields f, Map<String, Boolean> victims, Map<String, Alert> alerts) {
            String id = required(f, "caseId", "案件编号");
            LocalDateTime report = time(f, "reportTime", "接报时间");
            LocalDateTime accept = time(f, "acceptTime", "受案时间");
            LocalDate on = accept != null ? accept.toLocalDate() : report == null ? null : report.toLocalDate();
            OffenceClassifier c = classifiers.on(on);
            String cause = f.get("cause");
            String linked = f.get("linkedAlertId");
            Alert alert = linked == null ? null : alerts.get(linked);
            String alertText = alert == null ? null : alert.content();
            String status = f.get("status");
            boolean mediated = (status != null && status.contains("调解"))
                    || (alert != null && alert.disposition() == AlertDisposition.MEDIATED_ON_SCENE);
            List<String> assist = f.get("assistOfficers") == null ? List.of()
                    : Arrays.stream(f.get("assistOfficers").split("[、,，;；\\s]+")).filter(s -> !s.isBlank()).toList();
            return new CaseFile(id, byLabel(CaseCategory.values(), f.get("category"), CaseCategory::label, null),
                    cause, f.get("unitCode"), f.get("leadOfficer"), assist, report, accept,
                    byLabel(ReviewType.values(), f.get("reviewType"), ReviewType::label, null),
                    yesNo(f.raw("extensionApproved")), time(f, "filingTime", "立案时间"),
                    time(f, "noFilingTime", "不予立案时间"), status, time(f, "closeTime", "结案时间"), linked,
                    amount(f.get("amount")), c.groups(cause, alertText), c.mediability(cause, alertText), mediated,
                    Boolean.TRUE.equals(victims.get(id)), false, f.locator(id));
        }

        Person person(Fields f) {
            String caseId = required(f, "caseId", "案件编号");
            IdNumber idn = IdNumber.parse(f.get("idNumber"));
            LocalDate birth = date(f.get("birthDate"));
            if (birth == null && idn != null && idn.valid()) {
                birth = idn.birthDate();
            }
            Gender g = byLabel(Gender.values(), f.get("gender"), Gender::label, null);
            if (g == null && idn != null && idn.valid()) {
                g = idn.gender();
            }
            Set<SpecialCondition> cond = EnumSet.noneOf(SpecialCondition.class);
            String special = f.get("conditions");
            if (special != null) {
                for (SpecialCondition sc : SpecialCondition.values()) {
                    if (special.contains(sc.label()) || (sc == SpecialCondition.DEAF_MUTE
                            && (special.contains("聋") || special.contains("哑")))
                            || (sc == SpecialCondition.PREGNANT && special.contains("怀孕"))) {
                        cond.add(sc);
                    }
                }
            }
            return new Person(caseId, f.get("personId"), f.get("name"), idn, g, birth,
                    byLabel(PersonRole.values(), f.get("role"), PersonRole::label,
                            f.get("role") == null ? null : PersonRole.OTHER), cond,
                    f.locator(f.get("personId")));
        }

        Measure measure(Fields f) {
            String caseId = required(f, "caseId", "案件编号");
            return new Measure(caseId, f.get("personId"),
                    byLabel(MeasureType.values(), f.get("type"), MeasureType::label, null),
                    time(f, "start", "开始时间"), time(f, "end", "结束时间"), time(f, "custodyTime", "送押时间"),
                    f.get("custodyPlace"), time(f, "familyNotifiedTime", "通知家属时间"),
                    f.locator(f.get("personId")));
        }
    }

    /** The constant whose label equals the value (exact, then contained), or {@code fallback}. */
    static <E> E byLabel(E[] values, String v, Function<E, String> label, E fallback) {
        if (v == null) {
            return null;
        }
        String s = v.strip();
        for (E e : values) {
            if (label.apply(e).equals(s)) {
                return e;
            }
        }
        E best = null;
        int bestLen = 0;
        for (E e : values) {
            String l = label.apply(e);
            if (s.contains(l) && l.length() > bestLen) {
                best = e;
                bestLen = l.length();
            }
        }
        return best != null ? best : fallback;
    }

    private static LocalDate date(String v) {
        LocalDateTime t = v == null ? null : TableCells.dateTime(v);
        return t == null ? null : t.toLocalDate();
    }

    private static Boolean yesNo(String v) {
        if (v == null) {
            return null;
        }
        return switch (v.strip()) {
            case "是", "Y", "y", "1", "true", "TRUE", "已批准", "批准" -> Boolean.TRUE;
            case "否", "N", "n", "0", "false", "FALSE", "无" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static BigDecimal amount(String v) {
        if (v == null) {
            return null;
        }
        String s = v.replaceAll("[,，元\\s]", "");
        try {
            return s.isEmpty() ? null : new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
