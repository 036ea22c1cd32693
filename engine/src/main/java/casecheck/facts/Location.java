package casecheck.facts;

/**
 * 地点 of a transcript: as written, normalised (full-width to half-width, spaces removed), its kind,
 * and the registry venue and room it resolved to (null when none).
 */
public record Location(String raw, String normalized, LocationKind kind, String venueCode, String room) {

    public static Location unknown(String raw) {
        return new Location(raw, raw == null ? null : raw.strip(), LocationKind.UNKNOWN, null, null);
    }

    public boolean isMissing() { return raw == null || raw.isBlank(); }
}
