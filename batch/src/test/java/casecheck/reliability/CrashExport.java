package casecheck.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The fixed export of the crash harness: small (a few seconds of work), real documents for the real engine, some
 * transcripts with findings, one unreadable document, one zipped dossier, one dossier that cannot be opened, and
 * personal-number canaries in text and in a file name (checklist E6).
 */
final class CrashExport {

    /** Canaries: a synthetic ID number and mobile number that must never appear unmasked outside the store. */
    static final String ID_CANARY = "11010519491231002X";
    static final String PHONE_CANARY = "13800138000";

    static final int DOSSIERS = 8;

    private CrashExport() {
    }

    static Path write(Path root) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("单位.csv"), """
                单位编码,单位名称,上级单位编码,层级
                U1,某市公安局某分局,,分局
                U2,城关派出所,U1,派出所
                """, StandardCharsets.UTF_8);
        StringBuilder cases = new StringBuilder("案件编号,案件类别,案由,办案单位编码,主办民警,受案时间,案件状态\n");
        for (int i = 1; i <= DOSSIERS; i++) {
            String id = caseId(i);
            cases.append(id).append(",刑事,盗窃,").append(i % 2 == 0 ? "U2" : "U1")
                    .append(",王警官,2026-11-0").append(1 + i % 3).append(" 09:00,侦查\n");
            Path d = Files.createDirectories(root.resolve("卷宗").resolve(id));
            Files.writeString(d.resolve("讯问笔录.txt"), transcript(i, i % 2 == 1), StandardCharsets.UTF_8);
            Files.writeString(d.resolve("告知书.txt"), RIGHTS_NOTICE, StandardCharsets.UTF_8);
        }
        Files.writeString(root.resolve("案件.csv"), cases.toString(), StandardCharsets.UTF_8);
        Path bad = root.resolve("卷宗").resolve(caseId(2));
        Files.write(bad.resolve("损坏.pdf"), "%PDF-1.4\n这不是完整的PDF".getBytes(StandardCharsets.UTF_8));
        Files.writeString(root.resolve("卷宗").resolve(caseId(3)).resolve("报案人" + PHONE_CANARY + ".txt"),
                "报案材料\n报案人身份证号 " + ID_CANARY + "，联系电话 " + PHONE_CANARY + "。\n", StandardCharsets.UTF_8);
        Files.write(root.resolve("卷宗").resolve(caseId(DOSSIERS + 1) + ".zip"), zipped(caseId(DOSSIERS + 1)));
        Files.write(root.resolve("卷宗").resolve(ID_CANARY + ".zip"), "这不是压缩包".getBytes(StandardCharsets.UTF_8));
        return root;
    }

    static String caseId(int i) {
        return String.format("A32010520261100%02d", i);
    }

    private static byte[] zipped(String id) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            z.putNextEntry(new ZipEntry(id + "/讯问笔录.txt"));
            z.write(transcript(9, true).getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** A two-page interrogation transcript; {@code pageOneUnsigned} leaves page 1 without the subject's signature. */
    static String transcript(int i, boolean pageOneUnsigned) {
        String head = """
                讯问笔录
                第 1 次
                时间 2026年11月%d日14时20分 至 2026年11月%d日15时40分
                地点 某市公安局某分局执法办案中心讯问室
                讯问人（签名）王警官 李警官 工作单位 某市公安局某分局刑警大队
                记录人（签名）李警官 工作单位 某市公安局某分局刑警大队
                被讯问人 张测试%d 性别 男 年龄 35 出生日期 1991年5月1日
                身份证件种类及号码 居民身份证 %s
                联系方式 %s
                （传唤的被讯问人于11月%d日14时10分到达，传唤的理由和依据已告知本人，本人签名：张测试%d）
                问：我们是某市公安局某分局民警（出示证件），现依法对你进行讯问，你要如实回答，对与本案无关的问题，你有拒绝回答的权利，听清楚了吗？
                答：听清楚了。
                问：这是《犯罪嫌疑人诉讼权利义务告知书》，送你阅读。你是否完全理解告知书的内容？
                答：理解。
                问：你是否申请回避？
                答：不申请。
                """.formatted(i, i, i, ID_CANARY, PHONE_CANARY, i, i);
        String tail = """
                第 1 页 共 2 页
                问：你把事情经过讲一下。
                答：11月2日晚我在某超市拿了两瓶酒没有付钱。
                问：你看一下笔录，如无误签字捺指印。
                答：好的。
                以上笔录我看过，和我说的相符。
                被讯问人：张测试%d（捺指印） 2026年11月%d日
                讯问人：王警官 李警官
                记录人：李警官
                第 2 页 共 2 页
                """.formatted(i, i);
        return head + (pageOneUnsigned ? "" : "被讯问人：张测试" + i + "（捺指印）\n") + tail;
    }

    private static final String RIGHTS_NOTICE = """
            犯罪嫌疑人诉讼权利义务告知书
            根据《中华人民共和国刑事诉讼法》的规定，在公安机关对案件进行侦查期间，犯罪嫌疑人有如下诉讼权利和义务：
            1．不通晓当地通用的语言文字的，有权要求配备翻译人员。
            2．对于侵犯其诉讼权利和人身侮辱的行为，有权提出申诉或者控告。
            3．有权申请回避。
            4．有权委托律师作为辩护人；可以申请法律援助。
            5．对与本案无关的问题，有拒绝回答的权利；如实供述自己罪行可以从轻处理；认罪认罚的，可以依法从宽处理。
            犯罪嫌疑人（签名）：张测试 2026年11月3日
            """;
}
