package casecheck.batch.nightly;

/** The engine could not load an export or open a dossier; the message is Chinese and may contain paths. */
public class EngineException extends Exception {

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }

    public EngineException(String message) {
        super(message);
    }
}
