package casecheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** How the CLI reports failures: a Chinese sentence, the exit code of the contract, a stack trace only with --verbose. */
final class Failures {

    private Failures() {
    }

    static boolean verbose(ParseResult parseResult) {
        ParseResult p = parseResult;
        while (p != null) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
            p = p.hasSubcommand() ? p.subcommand() : null;
        }
        return false;
    }

    /** A stack trace with ID and phone numbers masked: exception messages often quote document text. */
    static void printMasked(Throwable t, PrintWriter err) {
        java.io.StringWriter trace = new java.io.StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        err.print(casecheck.privacy.Masker.mask(trace.toString()));
    }

    /** Usage errors (unknown option, missing argument, bad value): exit 2 with a hint to --help. */
    static final class UsageHandler implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cl = ex.getCommandLine();
            PrintWriter err = cl.getErr();
            String what;
            if (ex instanceof UnmatchedArgumentException u) {
                what = Messages.get("usage.unmatched", String.join(" ", u.getUnmatched()));
            } else if (ex instanceof MissingParameterException m) {
                what = Messages.get("usage.missing", m.getMissing().stream()
                        .map(a -> a.paramLabel()).reduce((a, b) -> a + "、" + b).orElse(""));
            } else {
                what = Messages.get("usage.invalid", ex.getMessage());
            }
            err.println(cl.getColorScheme().errorText(what));
            err.println(Messages.get("usage.hint", cl.getCommandSpec().qualifiedName()));
            return ExitCode.USAGE.code();
        }
    }

    /** Anything a command throws: input rejections exit 2, everything else is an internal error (exit 1). */
    static final class InternalHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
            PrintWriter err = cl.getErr();
            boolean verbose = verbose(parseResult);
            if (ex instanceof InputRejected) {
                err.println(ex.getMessage());
                if (verbose && ex.getCause() != null) {
                    printMasked(ex.getCause(), err);
                }
                err.flush();
                return ExitCode.USAGE.code();
            }
            err.println(Messages.get("error.internal", ex.getClass().getSimpleName(),
                    ex.getMessage() == null ? "" : casecheck.privacy.Masker.mask(ex.getMessage())));
            if (verbose) {
                printMasked(ex, err);
            } else {
                err.println(Messages.get("error.verboseHint"));
            }
            err.flush();
            return ExitCode.ERROR.code();
        }
    }
}
