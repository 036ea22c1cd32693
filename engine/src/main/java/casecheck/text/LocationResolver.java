package casecheck.text;

import casecheck.check.LawConfig;
import casecheck.facts.Location;
import casecheck.facts.LocationKind;
import casecheck.facts.PersonRole;
import casecheck.facts.Venue;
import casecheck.facts.VenueType;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves a transcript's place: the venue registry first (venue name, then room; a venue stopped on that date →
 * VENUE_STOPPED; 看守所 → DETENTION_CENTRE_ROOM; a room that is not one of its interrogation rooms →
 * VENUE_OTHER_ROOM), then configured keyword classes (office/vehicle/hotel, home, hospital, scene, workplace), then
 * HanLP place and organisation recognition on that one line (tech-notes §3: ≈66k chars/s, so never on whole
 * documents). The HanLP segment is built once and shared (its segment method is thread-safe).
 */
public final class LocationResolver {

    private final Keywords office;
    private final Keywords home;
    private final Keywords hospital;
    private final Keywords scene;
    private final Keywords workplace;
    private final Keywords detention;
    private final Keywords room;

    public LocationResolver(LawConfig law) {
        office = Keywords.of(law, "location.office", null);
        home = Keywords.of(law, "location.home", null);
        hospital = Keywords.of(law, "location.hospital", null);
        scene = Keywords.of(law, "location.scene", null);
        workplace = Keywords.of(law, "location.workplace", null);
        detention = Keywords.of(law, "location.detentionCentre", null);
        room = Keywords.of(law, "location.interrogationRoom", null);
    }

    /** Lazily built shared segmenter with place and organisation recognition. */
    private static final class Hanlp {
        static final Segment SEGMENT = new ViterbiSegment().enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
    }

    /** Loads the HanLP dictionaries (≈0.5 s once). */
    public static void warmUp() {
        Hanlp.SEGMENT.seg("北京市公安局朝阳分局执法办案管理中心讯问室");
    }

    /**
     * Resolves {@code raw} (null when the transcript has no place line). {@code venues} is the registry, {@code
     * registryKnown} whether the 场所 table was present, {@code date} the questioning date (null when unknown).
     */
    public Location resolve(String raw, List<Venue> venues, boolean registryKnown, LocalDate date, PersonRole role) {
        if (raw == null || raw.isBlank()) {
            return Location.unknown(raw);
        }
        String norm = DocumentTypes.normalise(raw).replace("_", "");
        if (norm.isEmpty()) {
            return Location.unknown(raw);
        }
        Venue venue = venues.stream().filter(v -> v.name() != null && !v.name().isBlank()
                        && norm.contains(DocumentTypes.normalise(v.name())))
                .max(Comparator.comparingInt(v -> v.name().length())).orElse(null);
        if (venue != null) {
            String roomName = roomOf(norm, venue);
            if (!venue.approvedOn(date)) {
                return new Location(raw, norm, LocationKind.VENUE_STOPPED, venue.code(), roomName);
            }
            if (venue.type() == VenueType.DETENTION_CENTRE) {
                return new Location(raw, norm, LocationKind.DETENTION_CENTRE_ROOM, venue.code(), roomName);
            }
            boolean listed = venue.rooms().isEmpty() ? room.matches(norm)
                    : venue.rooms().stream().anyMatch(r -> norm.contains(DocumentTypes.normalise(r)));
            if (listed && !office.matches(norm.substring(DocumentTypes.normalise(venue.name()).length() > 0
                    ? norm.indexOf(DocumentTypes.normalise(venue.name())) : 0))) {
                return new Location(raw, norm, LocationKind.INTERROGATION_ROOM, venue.code(), roomName);
            }
            return new Location(raw, norm, LocationKind.VENUE_OTHER_ROOM, venue.code(), roomName);
        }
        if (detention.matches(norm)) {
            return new Location(raw, norm, LocationKind.DETENTION_CENTRE_ROOM, null, null);
        }
        if (role != null && !role.isSuspect() && workplace.matches(norm)) {
            // A meeting room of the witness's own company is their workplace (CPL 124), not a police office.
            return new Location(raw, norm, LocationKind.WORKPLACE, null, null);
        }
        if (office.matches(norm)) {
            return new Location(raw, norm, LocationKind.OFFICE_OR_VEHICLE, null, null);
        }
        if (hospital.matches(norm)) {
            return new Location(raw, norm, LocationKind.HOSPITAL, null, null);
        }
        if (scene.matches(norm)) {
            return new Location(raw, norm, LocationKind.SCENE, null, null);
        }
        if (room.matches(norm)) {
            // An interrogation room of a venue the registry does not list: approved only when there is no registry.
            return new Location(raw, norm, registryKnown ? LocationKind.OTHER : LocationKind.INTERROGATION_ROOM,
                    null, null);
        }
        if (home.matches(norm)) {
            return new Location(raw, norm, LocationKind.HOME, null, null);
        }
        if (role != null && !role.isSuspect() && workplace.matches(norm)) {
            return new Location(raw, norm, LocationKind.WORKPLACE, null, null);
        }
        if (recognisesPlace(norm)) {
            return new Location(raw, norm, LocationKind.OTHER, null, null);
        }
        return new Location(raw, norm, LocationKind.UNKNOWN, null, null);
    }

    private String roomOf(String norm, Venue v) {
        for (String r : v.rooms()) {
            if (norm.contains(DocumentTypes.normalise(r))) {
                return r;
            }
        }
        String after = norm.substring(norm.indexOf(DocumentTypes.normalise(v.name()))
                + DocumentTypes.normalise(v.name()).length());
        return after.isBlank() ? null : after;
    }

    /** True when HanLP finds a place (ns) or organisation (nt) in the line. */
    static boolean recognisesPlace(String text) {
        for (Term t : Hanlp.SEGMENT.seg(text)) {
            String n = t.nature == null ? "" : t.nature.toString();
            if (n.startsWith("ns") || n.startsWith("nt")) {
                return true;
            }
        }
        return false;
    }
}
