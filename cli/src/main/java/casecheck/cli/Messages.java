package casecheck.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The CLI's user-facing sentences, from the bundle {@code casecheck/cli/messages.properties} (Chinese, UTF-8). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("casecheck.cli.messages", Locale.ROOT);

    private Messages() {
    }

    /** The sentence {@code key} with {@link MessageFormat} arguments filled in. */
    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
