package casecheck.assemble;

/** The dossier itself cannot be opened (missing, not a folder or zip, corrupt or unsafe archive). Chinese message. */
public class DossierException extends Exception {
    public DossierException(String message) {
        super(message);
    }

    public DossierException(String message, Throwable cause) {
        super(message, cause);
    }
}
