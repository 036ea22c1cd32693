package casecheck.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import casecheck.samples.World.AlertRow;
import casecheck.samples.World.CaseRow;
import casecheck.samples.World.Dossier;
import casecheck.samples.World.MeasureRow;
import casecheck.samples.World.PersonRow;
import casecheck.samples.World.UnitRow;
import casecheck.samples.World.VenueRow;

/** Writes a planned {@link World} as an export folder (export-format.md) plus the two truth files. */
final class ExportWriter {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ExportWriter() {
    }

    static void tables(World w, Path out) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (UnitRow u : w.units) {
            rows.add(new String[] {u.code(), u.name(), u.parent(), u.level(), u.chief(), u.chiefMail(), u.leader(),
                u.leaderMail(), u.legal(), u.legalMail()});
        }
        xlsx(out.resolve("单位.xlsx"), "单位", new String[] {"单位编码", "单位名称", "上级单位编码", "层级", "负责人", "负责人邮箱",
            "分管领导", "分管领导邮箱", "法制员", "法制员邮箱"}, rows, null);

        rows = new ArrayList<>();
        for (VenueRow v : w.venues) {
            rows.add(new String[] {v.code(), v.name(), v.unit(), v.type(), v.status(),
                v.stopped() == null ? "" : v.stopped().toString(),
                String.join(v.code().compareTo("CS03") < 0 ? "、" : ";", v.rooms())});
        }
        xlsx(out.resolve("场所.xlsx"), "场所", new String[] {"场所编码", "场所名称", "所属单位编码", "类型", "状态", "停用日期", "讯问室"},
                rows, null);

        rows = new ArrayList<>();
        for (AlertRow a : w.alerts) {
            rows.add(new String[] {a.id(), SECONDS.format(a.received()), a.content(), a.category(), a.nature(), a.unit(),
                a.officer(), Fmt.csv(a.dispatched()), a.disposition(), a.feedback(), a.caseId()});
        }
        xlsx(out.resolve("警情.xlsx"), "警情", new String[] {"警情编号", "接警时间", "报警内容", "警情类别", "警情性质", "管辖单位编码",
            "处警民警", "处警时间", "处警结果", "处警反馈", "关联案件编号"}, rows, null);

        rows = new ArrayList<>();
        for (CaseRow c : w.cases) {
            rows.add(new String[] {c.id, c.category, c.cause, c.unit, c.lead, c.assist, Fmt.csv(c.reported),
                Fmt.csv(c.accepted), c.review, c.extension, Fmt.csv(c.filed), Fmt.csv(c.notFiled), c.status,
                Fmt.csv(c.closed), c.alertId, c.amount});
        }
        xlsx(out.resolve("案件.xlsx"), "案件", new String[] {"案件编号", "案件类别", "案由", "办案单位编码", "主办民警", "协办民警",
            "接报时间", "受案时间", "审查类型", "延长审批", "立案时间", "不予立案时间", "案件状态", "结案时间", "关联警情编号", "涉案金额"},
                rows, null);

        // 人员 as GBK CSV: the spec accepts it, and Windows-exported CSVs are GBK
        StringBuilder csv = new StringBuilder("案件编号,人员编号,姓名,身份证号,性别,出生日期,角色,特殊情况\r\n");
        for (PersonRow p : w.persons) {
            csv.append(String.join(",", p.caseId, p.id, p.name, p.idNumber, p.gender, p.birth.toString(), p.role,
                    Csv.quote(p.special))).append("\r\n");
        }
        Files.write(out.resolve("人员.csv"), csv.toString().getBytes(DocRenderer.GBK));

        // 强制措施 with real Excel date-time cells (other tables carry text timestamps)
        List<Object[]> mrows = new ArrayList<>();
        for (MeasureRow m : w.measures) {
            mrows.add(new Object[] {m.caseId(), m.personId(), m.type(), m.start(), m.end(), m.custody(), m.place(),
                m.familyNotified()});
        }
        xlsxTyped(out.resolve("强制措施.xlsx"), "强制措施", new String[] {"案件编号", "人员编号", "措施类型", "开始时间", "结束时间",
            "送押时间", "羁押场所", "通知家属时间"}, mrows);
    }

    private static XSSFWorkbook workbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        var core = wb.getProperties().getCoreProperties();
        core.setCreated(Optional.of(DocRenderer.FIXED_DATE));
        core.setModified(Optional.of(DocRenderer.FIXED_DATE));
        core.setCreator("casecheck-samples");
        return wb;
    }

    private static void xlsx(Path file, String sheetName, String[] header, List<String[]> rows, Object unused)
            throws IOException {
        try (XSSFWorkbook wb = workbook()) {
            XSSFSheet sheet = wb.createSheet(sheetName);
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] v = rows.get(r);
                for (int i = 0; i < v.length; i++) {
                    if (v[i] != null && !v[i].isEmpty()) {
                        row.createCell(i).setCellValue(v[i]);
                    }
                }
            }
            save(wb, file);
        }
    }

    private static void xlsxTyped(Path file, String sheetName, String[] header, List<Object[]> rows) throws IOException {
        try (XSSFWorkbook wb = workbook()) {
            XSSFSheet sheet = wb.createSheet(sheetName);
            CellStyle dt = wb.createCellStyle();
            dt.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                Object[] v = rows.get(r);
                for (int i = 0; i < v.length; i++) {
                    if (v[i] instanceof LocalDateTime t) {
                        var cell = row.createCell(i);
                        cell.setCellValue(t);
                        cell.setCellStyle(dt);
                    } else if (v[i] instanceof String s && !s.isEmpty()) {
                        row.createCell(i).setCellValue(s);
                    }
                }
            }
            save(wb, file);
        }
    }

    private static void save(XSSFWorkbook wb, Path file) throws IOException {
        ByteArrayOutputStream os = new ByteArrayOutputStream();
        wb.write(os);
        Files.write(file, DocRenderer.fixZipTimes(os.toByteArray()));
    }

    /** Writes one dossier: a folder 卷宗/<案件编号>/, or 卷宗/<案件编号>.zip with GBK entry names. */
    static void dossier(Dossier d, Path dossiersDir) {
        try {
            if (d.zipped) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(buf)) {
                    zip.setEncoding("GBK");
                    zip.setUseLanguageEncodingFlag(false);
                    zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
                    Date fixed = DocRenderer.FIXED_DATE;
                    for (Doc doc : d.docs) {
                        ZipArchiveEntry e = new ZipArchiveEntry(doc.path);
                        e.setTime(fixed.getTime());
                        zip.putArchiveEntry(e);
                        zip.write(DocRenderer.render(doc));
                        zip.closeArchiveEntry();
                    }
                }
                Files.write(dossiersDir.resolve(d.caseId + ".zip"), buf.toByteArray());
            } else {
                Path dir = dossiersDir.resolve(d.caseId);
                for (Doc doc : d.docs) {
                    Path f = dir.resolve(doc.path);
                    Files.createDirectories(f.getParent());
                    Files.write(f, DocRenderer.render(doc));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write dossier " + d.caseId, e);
        }
    }

    static void truth(World w, List<String> documentRows, Path dir) throws IOException {
        List<String> f = new ArrayList<>();
        for (World.Finding x : w.findings) {
            f.add(x.csv());
        }
        f.sort(null);
        f.add(0, "case,document,page,rule");
        Files.write(dir.resolve("expected-findings.csv"), (String.join("\n", f) + "\n").getBytes(StandardCharsets.UTF_8));

        List<String> docs = new ArrayList<>(documentRows);
        docs.sort(null);
        docs.add(0, "case,document,doc_type,outcome,reason,pages,transcript_kind,procedure,session,start,end,"
                + "location_kind,interviewer_count,subject_name,unsigned_pages");
        Files.write(dir.resolve("expected-documents.csv"), (String.join("\n", docs) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
