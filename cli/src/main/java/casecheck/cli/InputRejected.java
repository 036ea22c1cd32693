package casecheck.cli;

/** Input the CLI refuses (exit code 2), with a Chinese message for the user; the cause is shown with --verbose. */
final class InputRejected extends Exception {

    private static final long serialVersionUID = 1L;

    InputRejected(String message) {
        super(message);
    }

    InputRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
