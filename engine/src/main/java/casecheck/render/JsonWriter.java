package casecheck.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming JSON writer (pretty-printed, two-space indent). Hand-written so the CLI does not load a JSON
 * library at start-up. Escapes quotes, backslashes, control characters, {@code < > &} and U+2028/2029, so the
 * output is also safe to embed in HTML. Not thread-safe; does not close the writer.
 */
public final class JsonWriter {

    private final Writer out;
    /** Per open container: whether it already has an element. */
    private final Deque<boolean[]> stack = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter(Writer out) {
        this.out = out;
    }

    public JsonWriter beginObject() throws IOException { return open('{'); }

    public JsonWriter endObject() throws IOException { return close('}'); }

    public JsonWriter beginArray() throws IOException { return open('['); }

    public JsonWriter endArray() throws IOException { return close(']'); }

    public JsonWriter name(String name) throws IOException {
        separate();
        string(name);
        out.write(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) throws IOException {
        separate();
        if (s == null) {
            out.write("null");
        } else {
            string(s);
        }
        return this;
    }

    public JsonWriter value(Number n) throws IOException {
        separate();
        out.write(n == null ? "null" : n.toString());
        return this;
    }

    public JsonWriter value(boolean b) throws IOException {
        separate();
        out.write(Boolean.toString(b));
        return this;
    }

    public JsonWriter field(String name, String s) throws IOException { return name(name).value(s); }

    public JsonWriter field(String name, Number n) throws IOException { return name(name).value(n); }

    public JsonWriter field(String name, boolean b) throws IOException { return name(name).value(b); }

    public void flush() throws IOException {
        out.flush();
    }

    private JsonWriter open(char c) throws IOException {
        separate();
        out.write(c);
        stack.push(new boolean[1]);
        return this;
    }

    private JsonWriter close(char c) throws IOException {
        boolean[] top = stack.pop();
        if (top[0]) {
            newline();
        }
        out.write(c);
        if (stack.isEmpty()) {
            out.write('\n');
        }
        return this;
    }

    /** Comma and newline before an element, nothing after a name. */
    private void separate() throws IOException {
        if (afterName) {
            afterName = false;
            return;
        }
        boolean[] top = stack.peek();
        if (top == null) {
            return;
        }
        if (top[0]) {
            out.write(',');
        }
        top[0] = true;
        newline();
    }

    private void newline() throws IOException {
        out.write('\n');
        for (int i = 0; i < stack.size(); i++) {
            out.write("  ");
        }
    }

    private void string(String s) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029' || c == 0x7f) {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}
