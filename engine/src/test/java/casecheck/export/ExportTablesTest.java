package casecheck.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import casecheck.facts.AlertDisposition;
import casecheck.facts.AlertNature;
import casecheck.facts.CaseCategory;
import casecheck.facts.Gender;
import casecheck.facts.InputTable;
import casecheck.facts.MeasureType;
import casecheck.facts.Mediability;
import casecheck.facts.OffenceGroup;
import casecheck.facts.PersonRole;
import casecheck.facts.ReviewType;
import casecheck.facts.SpecialCondition;
import casecheck.facts.VenueType;
import casecheck.testing.Docs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTablesTest {

    /** An XLSX whose first sheet holds the rows; a cell "DATE:2026-11-22T14:05" becomes a real date cell. */
    static byte[] xlsx(String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("数据");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy h:mm"));
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    String v = rows[r][c];
                    if (v != null && v.startsWith("DATE:")) {
                        row.createCell(c).setCellValue(LocalDateTime.parse(v.substring(5)));
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void writeExport(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("警情.xlsx"), xlsx(
                new String[] {"警情编号", "接警时间", "报警内容", "警情类别", "警情性质", "管辖单位编码", "处警民警", "处警时间", "处警结果",
                    "处警反馈", "关联案件编号"},
                new String[] {"J1", "DATE:2026-11-20T14:05", "报警称在小区内被人殴打，头部流血", "纠纷", "纠纷", "U1", "刘强",
                    "2026/11/20 14:20", "现场调解", "双方已和解", ""},
                new String[] {"J2", "2026年11月21日08时30分", "报警称电动车被盗", "盗窃", "刑事", "U1", "刘强",
                    "2026-11-21 08:50:10", "受案", "已受案", "A1"},
                new String[] {"", "2026-11-21 09:00", "无编号的行", "咨询", "其他", "U1", "", "", "", "", ""},
                new String[] {"J3", "昨天下午", "咨询户口办理", "咨询", "其他", "U1", "", "", "其他", "", ""}));
        Files.write(dir.resolve("案件.xlsx"), xlsx(
                new String[] {"案件编号", "案件类别", "案由", "办案单位编码", "主办民警", "协办民警", "接报时间", "受案时间", "审查类型",
                    "延长审批", "立案时间", "不予立案时间", "案件状态", "结案时间", "关联警情编号", "涉案金额（元）"},
                new String[] {"A1", "刑事", "盗窃", "U1", "刘强", "陈涛、马丽", "2026-11-21 08:30", "2026-11-21 10:00", "需查证",
                    "否", "", "", "受案", "", "J2", "3,500"}));
        String persons = "案件编号,人员编号,姓名,身份证号,性别,出生日期,角色,特殊情况\n"
                + "A1,P1,赵大伟,110101199205060030,,,犯罪嫌疑人,\n"
                + "A1,P2,李四,,女,1990-01-02,被害人,\"孕妇, 聋哑\"\n";
        Files.write(dir.resolve("人员.csv"), persons.getBytes(Charset.forName("GBK")));
        Files.write(dir.resolve("强制措施.csv"), ("\uFEFF案件编号,人员编号,措施类型,开始时间,结束时间,送押时间,羁押场所,通知家属时间\n"
                + "A1,P1,刑事拘留,2026-11-21 19:00,,2026-11-21 21:40,平安市看守所,2026-11-22 09:00\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("场所.xlsx"), xlsx(
                new String[] {"场所编码", "场所名称", "所属单位编码", "类型", "状态", "停用日期", "讯问室"},
                new String[] {"V1", "东城分局执法办案管理中心", "U1", "执法办案管理中心", "启用", "", "讯问室一、讯问室二"},
                new String[] {"V2", "和平派出所办案区", "U1", "其他", "停用", "2026-10-01", "讯问室"}));
    }

    @Test
    void aRunawayTableFileInAFolderIsNotReadIntoMemory(@TempDir Path tmp) throws Exception {
        writeExport(tmp);
        // Sparse: 600 MB by size, no disk used; reading it would need more than this test JVM's heap.
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(tmp.resolve("人员.csv").toFile(), "rw")) {
            f.setLength(600L << 20);
        }
        ExportTables t = ExportTables.load(tmp);
        assertThat(t.warnings()).anyMatch(w -> w.contains("人员.csv") && w.contains("过大") && w.contains("600 MB"));
        assertThat(t.coverage().tables()).doesNotContain(InputTable.PERSONS).contains(InputTable.CASES);
        assertThat(t.cases()).isNotEmpty();
    }

    @Test
    void tablesBecomeTypedFactsWithWarningsForBadRowsAndMissingTables(@TempDir Path tmp) throws Exception {
        writeExport(tmp);
        ExportTables t = ExportTables.load(tmp);

        assertThat(t.coverage().tables()).containsExactlyInAnyOrder(InputTable.ALERTS, InputTable.CASES,
                InputTable.PERSONS, InputTable.MEASURES, InputTable.VENUES);
        assertThat(t.warnings()).anyMatch(w -> w.contains("缺少单位表"));
        assertThat(t.warnings()).anyMatch(w -> w.contains("警情表第4行") && w.contains("警情编号"));
        assertThat(t.warnings()).anyMatch(w -> w.contains("警情表第5行") && w.contains("接警时间"));

        // The row without 警情编号 is skipped; the row with an unreadable time is kept with the time unknown.
        assertThat(t.alerts()).extracting(a -> a.alertId()).containsExactly("J1", "J2", "J3");
        assertThat(t.alerts().get(2).receivedTime()).isNull();
        var j1 = t.alerts().get(0);
        assertThat(j1.receivedTime()).isEqualTo(LocalDateTime.of(2026, 11, 20, 14, 5));
        assertThat(j1.dispatchTime()).isEqualTo(LocalDateTime.of(2026, 11, 20, 14, 20));
        assertThat(j1.nature()).isEqualTo(AlertNature.DISPUTE);
        assertThat(j1.disposition()).isEqualTo(AlertDisposition.MEDIATED_ON_SCENE);
        assertThat(j1.offenceGroups()).contains(OffenceGroup.INJURY);
        assertThat(j1.mediability()).isEqualTo(Mediability.MEDIABLE);
        assertThat(j1.locator().document()).isEqualTo("警情");
        assertThat(j1.locator().line()).isEqualTo(2);
        var j2 = t.alerts().get(1);
        assertThat(j2.offenceGroups()).contains(OffenceGroup.PROPERTY);
        assertThat(j2.mediability()).isEqualTo(Mediability.NOT_MEDIABLE);
        assertThat(j2.hasLinkedCase()).isTrue();

        var a1 = t.caseById("A1").orElseThrow();
        assertThat(a1.category()).isEqualTo(CaseCategory.CRIMINAL);
        assertThat(a1.reviewType()).isEqualTo(ReviewType.NEEDS_VERIFICATION);
        assertThat(a1.extensionApproved()).isFalse();
        assertThat(a1.assistOfficers()).containsExactly("陈涛", "马丽");
        assertThat(a1.amount()).isEqualByComparingTo(new BigDecimal("3500"));
        assertThat(a1.hasComplainant()).isTrue();
        assertThat(a1.fromDocuments()).isFalse();
        assertThat(a1.mediability()).isEqualTo(Mediability.NOT_MEDIABLE);

        assertThat(t.personsOf("A1")).hasSize(2);
        var p1 = t.personsOf("A1").get(0);
        assertThat(p1.idNumber().valid()).isTrue();
        assertThat(p1.gender()).isEqualTo(Gender.MALE);
        assertThat(p1.birthDate()).isEqualTo(LocalDate.of(1992, 5, 6));
        assertThat(p1.role()).isEqualTo(PersonRole.CRIMINAL_SUSPECT);
        assertThat(t.personsOf("A1").get(1).conditions()).containsExactlyInAnyOrder(SpecialCondition.PREGNANT,
                SpecialCondition.DEAF_MUTE);

        var m = t.measuresOf("A1").get(0);
        assertThat(m.type()).isEqualTo(MeasureType.CRIMINAL_DETENTION);
        assertThat(m.custodyTime()).isEqualTo(LocalDateTime.of(2026, 11, 21, 21, 40));

        assertThat(t.venues()).hasSize(2);
        assertThat(t.venues().get(0).rooms()).containsExactly("讯问室一", "讯问室二");
        assertThat(t.venues().get(0).type()).isEqualTo(VenueType.CASE_CENTRE);
        assertThat(t.venues().get(1).approvedOn(LocalDate.of(2026, 11, 3))).isFalse();
    }

    @Test
    void anotherVendorsHeadersAreAConfigChange(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("alerts.csv"), "JQBH,JJSJ,BJNR\nJ9,2026-11-22 14:05,有人打架\n");
        assertThat(ExportTables.load(tmp).alerts()).isEmpty();
        Path aliases = tmp.resolve("aliases.properties");
        Files.writeString(aliases, "alerts.alertId=JQBH\nalerts.receivedTime=JJSJ\nalerts.content=BJNR\n");
        ExportTables t = ExportTables.load(tmp, aliases);
        assertThat(t.alerts()).singleElement().satisfies(a -> {
            assertThat(a.alertId()).isEqualTo("J9");
            assertThat(a.receivedTime()).isEqualTo(LocalDateTime.of(2026, 11, 22, 14, 5));
            assertThat(a.offenceGroups()).contains(OffenceGroup.INJURY);
        });
    }

    @Test
    void zippedExportWithGbkNamesLoadsAndListsDossiers(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("src");
        writeExport(src);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var s = Files.list(src)) {
            for (Path p : s.sorted().toList()) {
                entries.put("export/" + p.getFileName(), Files.readAllBytes(p));
            }
        }
        entries.put("export/卷宗/A1/讯问笔录.txt", "讯问笔录".getBytes(StandardCharsets.UTF_8));
        entries.put("export/卷宗/A2.zip", Docs.zip(StandardCharsets.UTF_8, Map.of("询问笔录.txt", new byte[] {'x'})));
        Path zip = tmp.resolve("export.zip");
        Files.write(zip, Docs.zip(Charset.forName("GBK"), entries));

        ExportTables t = ExportTables.load(zip);
        assertThat(t.alerts()).hasSize(3);
        assertThat(t.coverage().has(InputTable.PERSONS)).isTrue();
        assertThat(ExportLayout.dossiers(zip)).extracting(ExportLayout::caseIdOf).containsExactly("A1", "A2");
    }

    @Test
    void emptyAndMissingExports(@TempDir Path tmp) {
        assertThat(ExportTables.empty().coverage().tables()).isEmpty();
        assertThat(ExportTables.empty().caseById("A1")).isEmpty();
        assertThatThrownBy(() -> ExportTables.load(tmp.resolve("missing"))).isInstanceOf(ExportException.class)
                .hasMessageContaining("不存在");
    }
}
