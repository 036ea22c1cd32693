package casecheck.export;

import static org.assertj.core.api.Assertions.assertThat;

import casecheck.facts.CaseCategory;
import casecheck.facts.Gender;
import casecheck.facts.MeasureType;
import casecheck.facts.PersonRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of other vendors: other header names for the same columns, extra columns, another order, a title row
 * above the header, tab-separated "CSV", placeholders for empty cells and the many ways of writing a date. Each cell
 * is either read as the vendor meant it or left unknown; never a wrong value.
 */
class ExportVarietyTest {

    @Test
    void dateCellsInEveryVendorStyle() {
        LocalDateTime t = LocalDateTime.of(2026, 11, 3, 9, 5);
        assertThat(TableCells.dateTime("2026/11/3 9:05")).isEqualTo(t);
        assertThat(TableCells.dateTime("2026-11-03 09:05:00")).isEqualTo(t);
        assertThat(TableCells.dateTime("2026年11月3日9时05分")).isEqualTo(t);
        assertThat(TableCells.dateTime("2026年11月3日")).isEqualTo(t.toLocalDate().atStartOfDay());
        assertThat(TableCells.dateTime("2026.11.03")).isEqualTo(t.toLocalDate().atStartOfDay());
        assertThat(TableCells.dateTime("20261103")).isEqualTo(t.toLocalDate().atStartOfDay());
        assertThat(TableCells.dateTime("202611030905")).isEqualTo(t);
        assertThat(TableCells.dateTime("20261103090530")).isEqualTo(t.withSecond(30));
        // Excel day numbers: 46329 is 2026-11-03; .378472… of a day is 09:05.
        assertThat(TableCells.dateTime("46329")).isEqualTo(t.toLocalDate().atStartOfDay());
        assertThat(TableCells.dateTime("46329.378472222")).isEqualTo(t);
        assertThat(TableCells.dateTime("２０２６－１１－０３　０９：０５")).isEqualTo(t);
    }

    @Test
    void dateCellsThatAreNotDatesStayUnknown() {
        assertThat(TableCells.dateTime("20261340")).isNull();
        assertThat(TableCells.dateTime("202611032561")).isNull();
        assertThat(TableCells.dateTime("3500")).isNull();
        assertThat(TableCells.dateTime("12345")).isNull();
        assertThat(TableCells.dateTime("99999")).isNull();
        assertThat(TableCells.dateTime("2026111")).isNull();
        assertThat(TableCells.dateTime("昨天下午")).isNull();
        assertThat(TableCells.dateTime("待定")).isNull();
    }

    @Test
    void csvSeparatorIsTakenFromTheHeaderLine() {
        assertThat(TableReader.delimiter("案件编号,姓名\nA1,张三")).isEqualTo(',');
        assertThat(TableReader.delimiter("案件编号\t姓名\nA1\t张,三")).isEqualTo('\t');
        assertThat(TableReader.delimiter("案件编号;姓名\nA1;张三")).isEqualTo(';');
        assertThat(TableReader.delimiter("\"案件编号\t备注\",姓名\nA1,张三")).isEqualTo(',');
        assertThat(TableReader.delimiter("案件编号\n")).isEqualTo(',');
    }

    @Test
    void placeholdersMeanNothing() {
        for (String p : new String[] {"无", "/", "-", "—", "--", "暂无", "NULL", "N/A", "#N/A"}) {
            assertThat(TableCells.isNothing(p)).as(p).isTrue();
        }
        for (String v : new String[] {"A1", "0", "否", "无业", "-1"}) {
            assertThat(TableCells.isNothing(v)).as(v).isFalse();
        }
    }

    @Test
    void anotherVendorsCsvWithOtherNamesOrderExtraColumnsAndPlaceholders(@TempDir Path tmp) throws Exception {
        // Other names for the same columns (受理时间, 立案日期, 办结日期, 接警编号, 案值), extra columns, another order.
        Files.writeString(tmp.resolve("案件.csv"), String.join("\n",
                "序号,案件编码,案件名称,案件性质,受理时间,立案日期,不立案日期,办结日期,接警编号,案值,延长审批,主办侦查员,备注",
                "1,A1,盗窃案,刑事,2026/11/3 9:05,20261104,/,无,J1,\"3,500\",无,刘强,",
                "2,A2,殴打他人案,行政,46329.378472222,-,—,2026年11月20日,无,-,是,马丽,已结"), StandardCharsets.UTF_8);
        // Excel's "Unicode text" saved as .csv: tab-separated, GBK; person columns under other names.
        Files.write(tmp.resolve("人员.csv"), String.join("\n",
                "案件编号\t人员姓名\t身份证件号码\t人员身份\t性别\t出生年月日\t特殊身份",
                "A1\t赵大伟\t110101199105061239\t犯罪嫌疑人\t/\t19910506\t无",
                "A2\t孙小红\t无\t违法嫌疑人\t女\t2010.3.1\t未成年").getBytes(Charset.forName("GBK")));
        // A title row above the header; measure columns under other names.
        Files.writeString(tmp.resolve("强制措施.csv"), String.join("\n",
                "强制措施数据导出（2026-11-22）,,,,",
                "案件编号,人员编号,措施名称,执行开始时间,执行结束时间,入所时间",
                "A1,P1,刑事拘留,202611031930,,2026-11-03 21:40",
                "A1,P2,取保候审,2026年11月5日,/,"), StandardCharsets.UTF_8);

        ExportTables t = ExportTables.load(tmp);

        var a1 = t.caseById("A1").orElseThrow();
        assertThat(a1.category()).isEqualTo(CaseCategory.CRIMINAL);
        assertThat(a1.cause()).isEqualTo("盗窃案");
        assertThat(a1.acceptTime()).isEqualTo(LocalDateTime.of(2026, 11, 3, 9, 5));
        assertThat(a1.filingTime()).isEqualTo(LocalDateTime.of(2026, 11, 4, 0, 0));
        assertThat(a1.noFilingTime()).isNull();
        assertThat(a1.closeTime()).isNull();
        assertThat(a1.linkedAlertId()).isEqualTo("J1");
        assertThat(a1.amount()).isEqualByComparingTo("3500");
        assertThat(a1.extensionApproved()).isFalse();
        assertThat(a1.leadOfficer()).isEqualTo("刘强");
        var a2 = t.caseById("A2").orElseThrow();
        assertThat(a2.category()).isEqualTo(CaseCategory.ADMINISTRATIVE);
        assertThat(a2.acceptTime()).isEqualTo(LocalDateTime.of(2026, 11, 3, 9, 5));
        assertThat(a2.filingTime()).isNull();
        assertThat(a2.closeTime()).isEqualTo(LocalDateTime.of(2026, 11, 20, 0, 0));
        assertThat(a2.linkedAlertId()).as("无 is no linked alert, not an alert named 无").isNull();
        assertThat(a2.amount()).isNull();
        assertThat(a2.extensionApproved()).isTrue();
        assertThat(a2.status()).isNull();

        var zhao = t.personsOf("A1").get(0);
        assertThat(zhao.name()).isEqualTo("赵大伟");
        assertThat(zhao.idNumber().valid()).isTrue();
        assertThat(zhao.gender()).as("'/' is unknown; the ID number says male").isEqualTo(Gender.MALE);
        assertThat(zhao.birthDate()).isEqualTo(LocalDate.of(1991, 5, 6));
        assertThat(zhao.role()).isEqualTo(PersonRole.CRIMINAL_SUSPECT);
        assertThat(zhao.conditions()).isEmpty();
        var sun = t.personsOf("A2").get(0);
        assertThat(sun.idNumber()).isNull();
        assertThat(sun.gender()).isEqualTo(Gender.FEMALE);
        assertThat(sun.birthDate()).isEqualTo(LocalDate.of(2010, 3, 1));
        assertThat(sun.role()).isEqualTo(PersonRole.ADMIN_SUSPECT);

        assertThat(t.measuresOf("A1")).hasSize(2);
        var detention = t.measuresOf("A1").get(0);
        assertThat(detention.type()).isEqualTo(MeasureType.CRIMINAL_DETENTION);
        assertThat(detention.start()).isEqualTo(LocalDateTime.of(2026, 11, 3, 19, 30));
        assertThat(detention.end()).isNull();
        assertThat(detention.custodyTime()).isEqualTo(LocalDateTime.of(2026, 11, 3, 21, 40));
        assertThat(t.measuresOf("A1").get(1).end()).isNull();

        // Placeholders are not unreadable values: no warning for them.
        assertThat(t.warnings()).noneMatch(w -> w.contains("无法识别"));
    }

    @Test
    void xlsxWithNumericDateCellsInGeneralFormatAndAnUnreadableCell(@TempDir Path tmp) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("警情");
            XSSFRow h = sheet.createRow(0);
            String[] header = {"接警单编号", "报警时间", "警情概要", "处警结果", "出警时间", "关联案件编号", "录入人"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            XSSFRow r = sheet.createRow(1);
            r.createCell(0).setCellValue("J1");
            r.createCell(1).setCellValue(46329.378472222); // a date typed as a plain number (General format)
            r.createCell(2).setCellValue("报警称被人殴打");
            r.createCell(3).setCellValue("受案");
            r.createCell(4).setCellValue("11月3日上午");
            r.createCell(5).setCellValue("/");
            r.createCell(6).setCellValue("张三");
            wb.write(out);
            Files.write(tmp.resolve("警情.xlsx"), out.toByteArray());
        }
        ExportTables t = ExportTables.load(tmp);
        assertThat(t.alerts()).singleElement().satisfies(a -> {
            assertThat(a.alertId()).isEqualTo("J1");
            assertThat(a.receivedTime()).isEqualTo(LocalDateTime.of(2026, 11, 3, 9, 5));
            assertThat(a.content()).isEqualTo("报警称被人殴打");
            assertThat(a.dispatchTime()).as("no year: unknown, never a guess").isNull();
            assertThat(a.linkedCaseId()).isNull();
            assertThat(a.hasLinkedCase()).isFalse();
        });
        assertThat(t.warnings()).anyMatch(w -> w.contains("处警时间无法识别"));
    }
}
