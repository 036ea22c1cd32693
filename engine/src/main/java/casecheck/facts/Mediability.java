package casecheck.facts;

/**
 * Whether the conduct may lawfully be closed by public-order mediation (行规 178/179), as classified by the
 * assembler from the offence type and configured lists. UNKNOWN keeps the mediation rules silent.
 */
public enum Mediability {
    /** A listed minor offence arising from a civil dispute (行规 178 ¶1). */
    MEDIABLE,
    /** Not on the mediable list (theft, fraud, drugs …) or reached criminal level (AL-04). */
    NOT_MEDIABLE,
    /** On the list but an exclusion of 行规 179 applies (hired assailant, group fight, repeat offender …) (AL-05). */
    EXCLUDED,
    UNKNOWN
}
