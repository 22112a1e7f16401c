package cn.jixiao.docs.review;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of folded words that answers "which is the longest one here?" quickly: words are bucketed by their first
 * and by their last character, so a lookup tries only the few that could match, and a bit per character says
 * whether there is a bucket at all (most characters of a text start no word). Immutable.
 */
public final class WordSet {

    private static final Comparator<String> LONGEST_FIRST = Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder());

    private final Set<String> words;
    private final Map<Character, List<String>> byFirst = new HashMap<>();
    private final Map<Character, List<String>> byLast = new HashMap<>();
    private final BitSet firsts = new BitSet();
    private final BitSet lasts = new BitSet();

    private WordSet(Set<String> words) {
        this.words = Set.copyOf(words);
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(LONGEST_FIRST);
        for (String w : sorted) {
            byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            byLast.computeIfAbsent(w.charAt(w.length() - 1), c -> new ArrayList<>()).add(w);
            firsts.set(w.charAt(0));
            lasts.set(w.charAt(w.length() - 1));
        }
    }

    /** The words folded (see {@link Text#fold}); empty ones dropped. */
    static WordSet of(Collection<String> words) {
        Set<String> folded = new TreeSet<>();
        for (String w : words) {
            String f = Text.fold(w);
            if (!f.isEmpty()) {
                folded.add(f);
            }
        }
        return new WordSet(folded);
    }

    public boolean contains(String word) { return words.contains(word); }

    public Set<String> words() { return words; }

    /**
     * The longest word that {@code text} has at {@code at}, or null. A word ending in a Latin letter must not run on
     * into another one: 「m」 is no unit in 「mg」.
     */
    String longestAt(String text, int at) {
        if (at >= text.length() || !firsts.get(text.charAt(at))) {
            return null;
        }
        for (String w : byFirst.getOrDefault(text.charAt(at), List.of())) {
            int end = at + w.length();
            boolean runsOn = end < text.length() && latin(w.charAt(w.length() - 1)) && latin(text.charAt(end));
            if (text.startsWith(w, at) && !runsOn) {
                return w;
            }
        }
        return null;
    }

    /** The longest word that {@code text} has just before {@code end}, or null. */
    String longestEndingAt(String text, int end) {
        if (end <= 0 || end > text.length() || !lasts.get(text.charAt(end - 1))) {
            return null;
        }
        for (String w : byLast.getOrDefault(text.charAt(end - 1), List.of())) {
            if (w.length() <= end && text.startsWith(w, end - w.length())) {
                return w;
            }
        }
        return null;
    }

    /** Whether any word occurs anywhere in {@code text}. */
    boolean occursIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (longestAt(text, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with every occurrence of a word removed, longest words first. */
    String removeFrom(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            String w = longestAt(text, i);
            if (w == null) {
                b.append(text.charAt(i++));
            } else {
                i += w.length();
            }
        }
        return b.toString();
    }

    private static boolean latin(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}
