package casecheck.export;

import java.util.regex.Pattern;

/** Masks ID and phone numbers in warning texts (warnings reach logs and run summaries). */
final class Masks {

    private static final Pattern ID = Pattern.compile("(?<![0-9０-９])([0-9０-９])[0-9０-９]{13,15}([0-9０-９xX]{2})(?![0-9０-９])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

    private Masks() {
    }

    static String mask(String s) {
        if (s == null) {
            return null;
        }
        String m = ID.matcher(s).replaceAll(r -> r.group(1) + "*".repeat(r.group().length() - 3) + r.group(2));
        return MOBILE.matcher(m).replaceAll("$1****$2");
    }
}
