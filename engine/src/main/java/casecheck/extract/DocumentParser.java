package casecheck.extract;

/**
 * Turns one document's bytes into its text and outcome. {@link DocumentReader} is the production implementation;
 * the assembler runs every call on a worker thread bounded in time, so an implementation may hang, throw or run
 * out of memory without stalling the run (tests inject such parsers). Implementations must be thread-safe; the
 * caller owns {@code data} and never changes it during the call.
 */
@FunctionalInterface
public interface DocumentParser {

    /** Reads a document; {@code name} is its path relative to the dossier (a hint for the format). */
    Extraction read(String name, byte[] data);
}
