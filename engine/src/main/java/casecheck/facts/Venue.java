package casecheck.facts;

import java.time.LocalDate;
import java.util.List;

/** 场所: an approved case-handling venue with its interrogation rooms. */
public record Venue(String code, String name, String unitCode, VenueType type, boolean active,
                    LocalDate stoppedDate, List<String> rooms) {

    public Venue {
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
    }

    /** A venue stopped on a date is not an approved interrogation place from that date on. */
    public boolean approvedOn(LocalDate date) {
        if (stoppedDate != null) {
            return date != null && date.isBefore(stoppedDate);
        }
        return active;
    }
}
