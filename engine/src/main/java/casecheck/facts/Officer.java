package casecheck.facts;

/**
 * An interviewer or recorder named in a transcript. {@code name} may be null when only a signature mark was
 * found; {@code auxiliary} is true for 辅警 (they do not count towards the two officers of CPL 118).
 */
public record Officer(String name, boolean signed, boolean auxiliary, Gender gender) {
}
