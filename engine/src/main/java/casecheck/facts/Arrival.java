package casecheck.facts;

import java.time.LocalDateTime;

/** How and when the subject arrived and left; {@code recorded} when the transcript has an arrival/leave line. */
public record Arrival(ArrivalMode mode, LocalDateTime arrivalTime, LocalDateTime leaveTime, boolean recorded) {

    public static Arrival unknown() { return new Arrival(ArrivalMode.UNKNOWN, null, null, false); }
}
