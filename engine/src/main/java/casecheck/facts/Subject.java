package casecheck.facts;

import java.time.LocalDate;

/** The person questioned, as the transcript header gives them; {@code ageAtStart} in whole years, or null. */
public record Subject(String name, IdNumber idNumber, Gender gender, LocalDate birthDate, Integer ageAtStart,
                      PersonRole role, String personId) {

    public boolean isMinor() { return ageAtStart != null && ageAtStart < 18; }
}
