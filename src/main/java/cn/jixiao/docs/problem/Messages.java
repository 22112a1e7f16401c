package cn.jixiao.docs.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The one catalogue of words users read that are not part of a document template: problem messages and
 * field labels, kept in {@code messages.properties}. Placeholders are {0}, {1}, … (no MessageFormat quoting rules,
 * so an apostrophe in a message is just an apostrophe).
 */
public final class Messages {

    private static final Messages DEFAULT = new Messages(load("/messages.properties"));

    private final Properties table;

    private Messages(Properties table) { this.table = table; }

    public static Messages get() { return DEFAULT; }

    /** Another catalogue in the same format, for words a package keeps apart (review rules, the staff workbook). */
    public static Messages from(String resource) { return new Messages(load(resource)); }

    public String get(String key) {
        String v = table.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("missing message key: " + key);
        }
        return v;
    }

    public String getOrNull(String key) { return table.getProperty(key); }

    public String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    private static Properties load(String resource) {
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
