package casecheck.facts;

import java.time.LocalDate;
import java.util.Set;

/** 人员: a person in a case. {@code birthDate} comes from the table or, failing that, the valid ID number. */
public record Person(String caseId, String personId, String name, IdNumber idNumber, Gender gender,
                     LocalDate birthDate, PersonRole role, Set<SpecialCondition> conditions, Locator locator) {

    public Person {
        conditions = conditions == null ? Set.of() : Set.copyOf(conditions);
    }

    public boolean has(SpecialCondition c) { return conditions.contains(c); }
}
