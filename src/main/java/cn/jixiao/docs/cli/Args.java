package cn.jixiao.docs.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line words split into positional arguments and {@code --name value} / {@code --flag} options. */
public record Args(List<String> positional, Map<String, String> options) {

    /** Thrown for words the command does not take; the message is shown to the user. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) { super(message); }
    }

    public static Args parse(String[] words, int from, Set<String> valued, Set<String> flags) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = from; i < words.length; i++) {
            String w = words[i];
            String name = w.startsWith("--") ? w.substring(2) : w.equals("-o") ? "output" : null;
            if (name == null) {
                positional.add(w);
                continue;
            }
            String inline = null;
            int eq = name.indexOf('=');
            if (eq > 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                options.put(name, "true");
            } else if (valued.contains(name)) {
                if (inline == null && i + 1 >= words.length) {
                    throw new UsageException(w + " needs a value");
                }
                options.put(name, inline != null ? inline : words[++i]);
            } else {
                throw new UsageException("unknown option " + w);
            }
        }
        return new Args(positional, options);
    }

    public String option(String name, String fallback) { return options.getOrDefault(name, fallback); }

    public boolean flag(String name) { return options.containsKey(name); }

    public int intOption(String name, int fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a whole number, got " + v);
        }
    }
}
