package cn.jixiao.docs.review;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the review's rules read plans with that a deployment may want to extend: the words of
 * {@code review/vocabulary.properties}, plus those of an extension file. Immutable, so one instance serves every
 * thread. What each key means is documented in the file itself and in docs/review.md. {@code placeholderPattern}
 * is null when the vocabulary has no placeholder.pattern.* (the bundled one has none).
 */
public record Vocabulary(ValueWords values, Pattern placeholderLabel, WordSet placeholderWords,
                         Pattern placeholderPattern,
                         WordSet quantifiedLevel2, WordSet vagueValues, WordSet vaguePrefixes,
                         WordSet floorRateWords, WordSet ceilingRateWords, WordSet timelinessProgressWords,
                         WordSet genericBasisWords, BigDecimal satisfactionFloor, BigDecimal timelinessFloor) {

    /** The environment variable naming an extension file (for the service and the batch; review has --vocabulary). */
    public static final String ENVIRONMENT = "REVIEW_VOCABULARY";

    /** The numerals a template numbers its labels with: 「内容1」「目标二」. */
    static final String NUMERALS = "0123456789一二三四五六七八九十";

    /** The bundled file only. */
    public static Vocabulary bundled() { return VocabularyFile.build(VocabularyFile.bundled()); }

    /** The bundled file extended by {@code file}; IllegalArgumentException if it cannot be read or has a bad key. */
    public static Vocabulary extendedBy(Path file) {
        return VocabularyFile.build(VocabularyFile.extend(VocabularyFile.bundled(), file));
    }

    /** The bundled file, extended by the file {@value #ENVIRONMENT} names when it is set. */
    public static Vocabulary standard() {
        String file = System.getenv(ENVIRONMENT);
        return file == null || file.isBlank() ? bundled() : extendedBy(Path.of(file));
    }

    /** Whether a text (its {@link Text#core}) is a template's label or has placeholder words or patterns in it. */
    boolean isPlaceholder(String text) {
        String core = Text.core(text);
        return isLabel(core) || placeholderIn(core) != null;
    }

    /** 「内容1」「目标二」: nothing but a label and a numeral (checked on the last character first: it is cheap). */
    boolean isLabel(String core) {
        return !core.isEmpty() && NUMERALS.indexOf(core.charAt(core.length() - 1)) >= 0
                && placeholderLabel.matcher(core).matches();
    }

    /**
     * What in a text is a placeholder: a placeholder word (「待填」), two or more mask characters (「**」「XX」), or
     * what a placeholder pattern matches; null when nothing is.
     */
    String placeholderIn(String core) {
        for (int i = 0; i < core.length(); i++) {
            String w = placeholderWords.longestAt(core, i);
            if (w != null) {
                return w;
            }
            int end = values.maskRunEnd(core, i);
            if (end - i >= 2) {
                return core.substring(i, end);
            }
        }
        if (placeholderPattern == null) {
            return null;
        }
        Matcher m = placeholderPattern.matcher(core);
        return m.find() ? m.group() : null;
    }
}
