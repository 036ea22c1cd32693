package casecheck.samples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import casecheck.facts.IdNumber;

/** Everything the generator plans before writing: the rows of each table and the dossiers with their truth. */
final class World {

    static final String CITY = "青禾市";
    static final String BUREAU = "青禾市公安局";
    static final String MAIL = "@qhga.example.cn";

    record UnitRow(String code, String name, String parent, String level, String chief, String chiefMail,
                   String leader, String leaderMail, String legal, String legalMail) {
    }

    record VenueRow(String code, String name, String unit, String type, String status, LocalDate stopped,
                    List<String> rooms) {
        String room(int i) {
            return name + rooms.get(i % rooms.size());
        }
    }

    record AlertRow(String id, LocalDateTime received, String content, String category, String nature,
                    String unit, String officer, LocalDateTime dispatched, String disposition, String feedback,
                    String caseId) {
    }

    static final class CaseRow {
        String id;
        String category;
        String cause;
        String unit;
        String lead;
        String assist;
        LocalDateTime reported;
        LocalDateTime accepted;
        String review = "一般";
        String extension = "否";
        LocalDateTime filed;
        LocalDateTime notFiled;
        String status;
        LocalDateTime closed;
        String alertId = "";
        String amount = "";
    }

    static final class PersonRow {
        String caseId;
        String id;
        String name;
        String idNumber;
        String gender;
        LocalDate birth;
        String role;
        String special = "";
        /** Residence written in transcripts. */
        String address;
        String household;
        String phone;
        String employer;
        String ethnicity = "汉族";
        String education;
        String politics = "群众";

        String occupation() {
            return employer.equals("无业") ? "无业" : employer.equals("务农") ? "农民" : "职员";
        }

        boolean male() {
            return "男".equals(gender);
        }

        int ageOn(LocalDate d) {
            return java.time.Period.between(birth, d).getYears();
        }
    }

    record MeasureRow(String caseId, String personId, String type, LocalDateTime start, LocalDateTime end,
                      LocalDateTime custody, String place, LocalDateTime familyNotified) {
    }

    /** A police officer or auxiliary; {@code unitName} is the 工作单位 transcripts print. */
    record Officer(String name, String unitCode, String unitName, boolean auxiliary) {
    }

    record Finding(String subject, String document, String page, String rule) {
        String csv() {
            return subject + "," + document + "," + page + "," + rule;
        }
    }

    static final class Dossier {
        final String caseId;
        final boolean zipped;
        final List<Doc> docs = new ArrayList<>();

        Dossier(String caseId, boolean zipped) {
            this.caseId = caseId;
            this.zipped = zipped;
        }
    }

    final List<UnitRow> units = new ArrayList<>();
    final List<VenueRow> venues = new ArrayList<>();
    final List<AlertRow> alerts = new ArrayList<>();
    final List<CaseRow> cases = new ArrayList<>();
    final List<PersonRow> persons = new ArrayList<>();
    final List<MeasureRow> measures = new ArrayList<>();
    final List<Dossier> dossiers = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();

    private final Set<String> usedNames = new HashSet<>();
    private final Rnd rnd;
    private int personSeq;

    World(Rnd rnd) {
        this.rnd = rnd;
    }

    Rnd rnd() {
        return rnd;
    }

    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").split("");
    private static final String[] GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文玉兰红梅志宏海波鹏飞"
            + "俊峰婷雪琳晨浩宇欣怡子涵梓轩思远嘉诚雨欣佳琪博文天佑诗雨鑫淼森昊晗彤瑶璐颖晓东晓燕春生德明永庆金凤"
            + "喆堃昇珺琇燊玥祎翀犇淏旻").split("");

    /** A new full name, unique in this world (officers and people are told apart by name in documents). */
    String name(boolean male) {
        for (int attempt = 0; ; attempt++) {
            String given = rnd.chance(0.3) ? rnd.pick(GIVEN) : rnd.pick(GIVEN) + rnd.pick(GIVEN);
            String n = rnd.pick(SURNAMES) + given;
            if (attempt > 50) {
                n = n + rnd.pick(GIVEN);
            }
            if (usedNames.add(n)) {
                return n;
            }
        }
    }

    /** A GB 11643 number: region, birth date, sequence with the gender parity, check digit (or a wrong one). */
    String idNumber(String region, LocalDate birth, boolean male, boolean valid) {
        int seq = rnd.between(10, 99) * 10 + (male ? rnd.pick(1, 3, 5, 7, 9) : rnd.pick(0, 2, 4, 6, 8));
        String first17 = region + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", seq);
        char check = IdNumber.checkDigit(first17);
        if (!valid) {
            check = check == '0' ? '1' : check == 'X' ? '3' : (char) (check == '9' ? '0' : check + 1);
        }
        return first17 + check;
    }

    String nextPersonId() {
        return String.format("R%07d", ++personSeq);
    }
}
