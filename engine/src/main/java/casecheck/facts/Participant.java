package casecheck.facts;

/** An interpreter, guardian or appropriate adult named in a transcript; {@code role} as written (法定代理人 …). */
public record Participant(String name, String role, boolean signed) {
}
