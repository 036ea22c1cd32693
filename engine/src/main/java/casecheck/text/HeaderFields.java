package casecheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a form line into labelled fields: "被讯问人 张三 性别 男 年龄 35" → SUBJECT=张三, GENDER=男, AGE=35. Labels
 * tolerate spaces between characters and an optional "(签名)" note and colon; a field's value runs to the next label.
 */
public final class HeaderFields {

    /** Field keys. */
    public enum Key {
        TIME, PLACE, SUBJECT, INTERVIEWER, RECORDER, UNIT, GENDER, AGE, BIRTH, ID, ETHNIC, EDUCATION, POLITICAL,
        ADDRESS, HUKOU, PHONE, INTERPRETER, GUARDIAN, ROLE, ALIAS, NATIVE, OCCUPATION, ARRIVAL_MODE,
        /** A bare 姓名 field ("被询问人基本情况：" then "姓名：孙小红"). */
        NAME
    }

    /** One field: key, label as written, whether the label asks for a signature, value, and start offset. */
    public record Field(Key key, String label, boolean signatureField, String value, int start) {
    }

    private static final Object[][] LABELS = {
        {Key.SUBJECT, "被询问/讯问人|被讯问/询问人|被询\\(讯\\)问人|被讯\\(询\\)问人|被讯问人|被询问人|被问话人"},
        {Key.INTERVIEWER, "询问/讯问人|讯问/询问人|询\\(讯\\)问人|讯\\(询\\)问人|讯问人员|询问人员|侦查人员|侦查员|讯问人|询问人"
                + "|办案民警|办案人"},
        {Key.RECORDER, "记录人员|记录人|记录员"},
        {Key.INTERPRETER, "翻译人员|翻译人"},
        {Key.GUARDIAN, "法定代理人|合适成年人|其他监护人|监护人|在场成年人"},
        {Key.TIME, "讯问时间|询问时间|起止时间|时间"},
        {Key.PLACE, "讯问地点|询问地点|地点"},
        {Key.UNIT, "工作单位|所在单位|单位(?=\\s*:)"},
        {Key.GENDER, "性别"},
        {Key.AGE, "年龄"},
        {Key.BIRTH, "出生日期|出生年月日|出生年月"},
        {Key.ID, "身份证件种类及号码|证件种类及号码|身份证件号码|身份证号码|公民身份号码|身份证号|证件号码"},
        {Key.ETHNIC, "民族"},
        {Key.EDUCATION, "文化程度"},
        {Key.POLITICAL, "政治面貌"},
        {Key.ADDRESS, "现住址|现住地|住址"},
        {Key.HUKOU, "户籍所在地|户籍地|户口所在地"},
        {Key.PHONE, "联系方式|联系电话|电话"},
        {Key.ROLE, "人员身份|身份(?!证)|人员类别"},
        {Key.ALIAS, "别名|曾用名|绰号"},
        {Key.NATIVE, "籍贯|出生地"},
        {Key.OCCUPATION, "职业"},
        {Key.ARRIVAL_MODE, "到案方式|到案经过"},
        {Key.NAME, "姓名"},
    };
    /** Keys whose value is a person's name: the older forms print "侦查员姓名、单位：" or "被讯问人姓名：". */
    private static final java.util.Set<Key> PERSON_KEYS = java.util.EnumSet.of(Key.SUBJECT, Key.INTERVIEWER,
            Key.RECORDER, Key.INTERPRETER, Key.GUARDIAN);
    private static final Pattern LEADING_COLONS = Pattern.compile("^[:：]+");
    private static final Pattern NAME_PREFIX = Pattern.compile("^姓\\s*名\\s*(?:[、,及和/]?\\s*(?:工作)?单位)?\\s*:?\\s*");

    private static final Pattern ALL;
    private static final List<Key> GROUP_KEYS = new ArrayList<>();

    static {
        StringBuilder b = new StringBuilder();
        for (Object[] l : LABELS) {
            for (String alt : ((String) l[1]).split("\\|")) {
                if (b.length() > 0) {
                    b.append('|');
                }
                b.append('(').append(spaced(alt)).append(')');
                GROUP_KEYS.add((Key) l[0]);
            }
        }
        // "侦查员姓名、单位：", "被讯问人姓名：": the older forms' "姓名" after a label belongs to the label.
        ALL = Pattern.compile("(?:" + b + ")(?:\\s*姓\\s*名(?:\\s*[、,及和/]?\\s*(?:工作)?\\s*单\\s*位)?)?\\s*(\\(\\s*(?:签名|签字|签名捺指印|签名、捺指印|签名\\)\\(捺指印|捺指印)\\s*\\))?\\s*[:]?");
    }

    private HeaderFields() {
    }

    /** Lets a literal label match with spaces between its characters ("讯 问 人"). */
    private static String spaced(String alt) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < alt.length()) {
            char c = alt.charAt(i);
            if (c == '\\' || c == '(' && alt.startsWith("(?", i)) {
                int end = c == '\\' ? i + 2 : alt.indexOf(')', i) + 1;
                b.append(alt, i, end);
                i = end;
                continue;
            }
            b.append(c);
            if (i + 1 < alt.length() && Character.isLetter(c) && Character.isLetter(alt.charAt(i + 1))) {
                b.append("\\s*");
            }
            i++;
        }
        return b.toString();
    }

    /** Whether the normalised line opens with a field label (a label broken over two OCR lines is joined first). */
    public static boolean startsWithLabel(String norm) {
        List<Field> f = split(norm);
        return !f.isEmpty() && f.get(0).start() == 0;
    }

    /** The labelled fields of a normalised line, in order. */
    public static List<Field> split(String norm) {
        List<Field> out = new ArrayList<>();
        Matcher m = ALL.matcher(norm);
        List<int[]> spans = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        List<Boolean> sig = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            Key k = null;
            for (int g = 1; g <= GROUP_KEYS.size(); g++) {
                if (m.group(g) != null) {
                    k = GROUP_KEYS.get(g - 1);
                    break;
                }
            }
            if (k == null) {
                continue;
            }
            // A label glued to preceding Han text is part of a value ("到达时间", "派出所询问室"), except at a
            // field boundary after a space or punctuation.
            if (m.start() > 0 && isHan(norm.charAt(m.start() - 1)) && k != Key.SUBJECT) {
                continue;
            }
            // A label inside brackets is a remark ("法定代理人：周德（被讯问人之父）"), not a field.
            if (depth(norm, m.start()) > 0) {
                continue;
            }
            spans.add(new int[] {m.start(), m.end()});
            keys.add(k);
            String sigGroup = m.group(GROUP_KEYS.size() + 1);
            sig.add(sigGroup != null && sigGroup.contains("签"));
            labels.add(m.group().strip());
        }
        for (int i = 0; i < spans.size(); i++) {
            int from = spans.get(i)[1];
            int to = i + 1 < spans.size() ? spans.get(i + 1)[0] : norm.length();
            String v = norm.substring(from, Math.max(from, to)).strip();
            v = LEADING_COLONS.matcher(v).replaceFirst("").strip();
            if (PERSON_KEYS.contains(keys.get(i)) && v.startsWith("姓")) {
                v = NAME_PREFIX.matcher(v).replaceFirst("").strip();
            }
            out.add(new Field(keys.get(i), labels.get(i), sig.get(i), v, spans.get(i)[0]));
        }
        return out;
    }

    private static int depth(String s, int end) {
        int d = 0;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '(') {
                d++;
            } else if (c == ')' && d > 0) {
                d--;
            }
        }
        return d;
    }

    static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }
}
