package casecheck.facts;

/** Parts of a transcript a finding can point at. */
public enum TranscriptField {
    TITLE, SESSION, TIME, LOCATION, INTERVIEWERS, RECORDER, SUBJECT, ARRIVAL, INTERPRETER, GUARDIAN, RIGHTS,
    BODY, CLOSING, SIGNATURES
}
