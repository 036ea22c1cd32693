package casecheck.facts;

/** One 问/答 exchange of a transcript body. */
public record QaTurn(String question, String answer, int page) {
}
