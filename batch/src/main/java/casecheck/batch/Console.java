package casecheck.batch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where the batch commands talk to a person: {@code out} for results and summaries, {@code err} for progress
 * and errors. Batch code never touches {@code System.out} (an architecture test enforces it); the command line
 * entry point creates this from the process's descriptors and tests pass writers they can read.
 * {@code interactive} is true on a terminal, where a progress line is shown.
 */
public record Console(PrintWriter out, PrintWriter err, boolean interactive) {

    /** The process's standard output and error, UTF-8. */
    public static Console system() {
        return new Console(
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                        true),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
                        true),
                System.console() != null);
    }
}
