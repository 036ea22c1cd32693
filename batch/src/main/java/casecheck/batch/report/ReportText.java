package casecheck.batch.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's Chinese labels and sentences, from the bundle {@code casecheck/batch/report/messages}. */
public final class ReportText {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("casecheck.batch.report.messages", Locale.SIMPLIFIED_CHINESE);

    private ReportText() {
    }

    /** The text under {@code key} with {@code args} filled in ({0}, {1} …). */
    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
        return format.format(args);
    }

    /** The Chinese name of a rule family code (TX → 笔录); the code itself when the bundle has none. */
    public static String family(String code) {
        String key = "family." + code;
        return BUNDLE.containsKey(key) ? BUNDLE.getString(key) : code;
    }
}
