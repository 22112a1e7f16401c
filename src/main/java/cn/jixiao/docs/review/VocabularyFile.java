package cn.jixiao.docs.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code review/vocabulary.properties} and an extension file into a {@link Vocabulary}. An extension adds to
 * lists, replaces numbers, adds or replaces named patterns, and may not bring keys the bundled file lacks: a typo
 * there must fail loudly rather than leave the deployment thinking its words are in use.
 */
final class VocabularyFile {

    static final String RESOURCE = "/review/vocabulary.properties";
    private static final String PATTERN_PREFIX = "placeholder.pattern.";
    private static final Set<String> NUMBERS = Set.of("satisfaction.floor", "timeliness.floor");

    private VocabularyFile() {}

    static Properties bundled() {
        try (InputStream in = VocabularyFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties extend(Properties base, Path file) {
        Properties extra;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            extra = read(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read review vocabulary " + file + ": " + e.getMessage(), e);
        }
        Properties merged = new Properties();
        merged.putAll(base);
        for (String key : extra.stringPropertyNames()) {
            String value = extra.getProperty(key);
            if (key.startsWith(PATTERN_PREFIX) || NUMBERS.contains(key)) {
                merged.setProperty(key, value);
            } else if (base.containsKey(key)) {
                merged.setProperty(key, base.getProperty(key) + " " + value);
            } else {
                throw new IllegalArgumentException("review vocabulary " + file + ": unknown key " + key);
            }
        }
        return merged;
    }

    static Vocabulary build(Properties p) {
        Map<String, Operator> operators = new HashMap<>();
        Map<String, Operator> suffixes = new HashMap<>();
        for (Operator op : Operator.values()) {
            list(p, "operator." + op.id()).forEach(w -> operators.put(Text.fold(w), op));
            list(p, "suffix." + op.id()).forEach(w -> suffixes.put(Text.fold(w), op));
        }
        Map<String, BigDecimal> magnitudes = new HashMap<>();
        pairs(p, "magnitudes").forEach((k, v) -> magnitudes.put(k, number("magnitudes", v)));
        Map<String, String> measureNouns = pairs(p, "measure-nouns");
        WordSet moneyUnits = words(p, "units.money");
        WordSet percentUnits = words(p, "units.percent");
        List<String> allUnits = new ArrayList<>(list(p, "units"));
        allUnits.addAll(moneyUnits.words());
        allUnits.addAll(percentUnits.words());
        ValueWords values = new ValueWords(operators, WordSet.of(operators.keySet()), suffixes,
                WordSet.of(suffixes.keySet()), WordSet.of(allUnits), moneyUnits, percentUnits, magnitudes,
                WordSet.of(magnitudes.keySet()), measureNouns, WordSet.of(measureNouns.keySet()),
                words(p, "grade-words"), words(p, "deadline-words"), String.join("", list(p, "mask-characters")));
        return new Vocabulary(values, labelPattern(list(p, "placeholder.labels")), words(p, "placeholder.words"),
                pattern(p),
                words(p, "quantified.level2"), words(p, "vague-values"), words(p, "vague-prefixes"),
                words(p, "rate.floor-words"), words(p, "rate.ceiling-words"), words(p, "timeliness.progress-words"),
                words(p, "basis.generic-words"), number(p, "satisfaction.floor"), number(p, "timeliness.floor"));
    }

    private static Properties read(Reader in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        return p;
    }

    private static List<String> list(Properties p, String key) {
        String v = p.getProperty(key, "").strip();
        return v.isEmpty() ? List.of() : Arrays.asList(v.split("\\s+"));
    }

    private static WordSet words(Properties p, String key) { return WordSet.of(list(p, key)); }

    /** 「人数:人 个数:个」, both sides folded. */
    private static Map<String, String> pairs(Properties p, String key) {
        Map<String, String> m = new HashMap<>();
        for (String pair : list(p, key)) {
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
                throw new IllegalArgumentException("review vocabulary " + key + ": expected word:value, got " + pair);
            }
            m.put(Text.fold(pair.substring(0, colon)), Text.fold(pair.substring(colon + 1)));
        }
        return m;
    }

    private static BigDecimal number(Properties p, String key) {
        return number(key, p.getProperty(key, "").strip());
    }

    private static BigDecimal number(String key, String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("review vocabulary " + key + ": not a number: " + text, e);
        }
    }

    /** 「内容1」「目标二」: a label and a numeral, and nothing else. */
    private static Pattern labelPattern(List<String> labels) {
        StringBuilder alternatives = new StringBuilder();
        for (String label : new TreeSet<>(labels)) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(Text.fold(label)));
        }
        return Pattern.compile("(?:" + alternatives + ")[" + Vocabulary.NUMERALS + "]+");
    }

    /** Every placeholder.pattern.* as one alternation: one pass over a text instead of one per pattern. */
    private static Pattern pattern(Properties p) {
        StringBuilder alternatives = new StringBuilder();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (key.startsWith(PATTERN_PREFIX)) {
                String regex = p.getProperty(key).strip();
                try {
                    Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("review vocabulary " + key + ": " + e.getDescription(), e);
                }
                alternatives.append(alternatives.length() == 0 ? "" : "|").append("(?:").append(regex).append(')');
            }
        }
        return alternatives.length() == 0 ? null : Pattern.compile(alternatives.toString());
    }
}
