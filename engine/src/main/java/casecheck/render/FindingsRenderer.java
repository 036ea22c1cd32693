package casecheck.render;

import casecheck.check.CheckResult;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the findings of one check in one format (text, json, html, xlsx, pdf), chosen by {@link #name()} through
 * {@link Renderers#byName(String)}. Shared by the CLI and the morning report.
 *
 * <p>Contract: every string that reaches {@code out} passes through {@link casecheck.privacy.Masker} (the
 * renderer masks; callers need not). The renderer writes the whole artifact and flushes {@code out} but never
 * closes it: the caller owns the stream. Implementations are stateless and thread-safe.
 */
public interface FindingsRenderer {

    /** The name given on the command line, e.g. {@code "json"}. */
    String name();

    /** File name extension without the dot, e.g. {@code "xlsx"}. */
    String extension();

    /** True for formats that must not be written to a terminal (xlsx, pdf). */
    boolean binary();

    /** Writes {@code result}; {@code context} supplies the as-of date, rule metadata and terminal colour. */
    void render(CheckResult result, RenderContext context, OutputStream out) throws IOException;
}
