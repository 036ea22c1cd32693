package casecheck.facts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * 公民身份号码 as written, normalised (NFKC, no separators, upper-case X) and validated against the
 * GB 11643-1999 check digit. Birth date and gender are read from the number when it is valid.
 */
public record IdNumber(String raw, String normalized, boolean valid, LocalDate birthDate, Gender gender) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Parses an ID number; returns null for null or blank input. Never throws. */
    public static IdNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String n = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC)
                .replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        if (n.matches("\\d{17}[\\dX]")) {
            boolean ok = checkDigit(n.substring(0, 17)) == n.charAt(17);
            LocalDate birth = date(n.substring(6, 14));
            Gender g = (n.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
            return new IdNumber(raw, n, ok && birth != null, birth, g);
        }
        if (n.matches("\\d{15}")) {
            LocalDate birth = date("19" + n.substring(6, 12));
            Gender g = (n.charAt(14) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
            return new IdNumber(raw, n, birth != null, birth, g);
        }
        return new IdNumber(raw, n, false, null, null);
    }

    /** GB 11643 (ISO 7064 MOD 11-2) check character for the first 17 digits. */
    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate date(String yyyymmdd) {
        try {
            return LocalDate.parse(yyyymmdd, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        // Never print the full number: facts end up in logs.
        return normalized.length() < 6 ? "******" : normalized.substring(0, 1) + "*".repeat(normalized.length() - 3)
                + normalized.substring(normalized.length() - 2);
    }
}
