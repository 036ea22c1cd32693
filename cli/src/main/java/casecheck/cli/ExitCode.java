package casecheck.cli;

/** The exit codes of the CLI contract (PMD's convention), listed in {@code --help}. */
public enum ExitCode {
    /** No finding at or above the threshold, every document checked. */
    OK(0),
    /** Internal error: a bug or an unexpected failure (stack trace with --verbose). */
    ERROR(1),
    /** Usage error or input rejected (missing path, not a dossier, unreadable export, output exists …). */
    USAGE(2),
    /** Findings at or above the threshold, or documents that could not be checked completely. */
    FINDINGS(4);

    private final int code;

    ExitCode(int code) { this.code = code; }

    public int code() { return code; }
}
