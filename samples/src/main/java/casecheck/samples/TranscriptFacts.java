package casecheck.samples;

import java.time.LocalDateTime;
import java.util.List;

import casecheck.facts.CaseCategory;
import casecheck.facts.LocationKind;
import casecheck.facts.TranscriptKind;

/**
 * The truth about one generated transcript, as the engine's extraction should find it. {@code officers}
 * (interviewers and recorder) and {@code location} are not written to the CSV; the generator's own tests use them.
 */
record TranscriptFacts(TranscriptKind kind, CaseCategory procedure, Integer session, LocalDateTime start,
                       LocalDateTime end, LocationKind locationKind, int interviewerCount, String subjectName,
                       List<Integer> unsignedPages, List<String> officers, String location) {
}
