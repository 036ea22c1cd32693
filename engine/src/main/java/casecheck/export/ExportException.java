package casecheck.export;

/** The export as a whole cannot be read (missing folder, unreadable zip …). The message is Chinese. */
public class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
