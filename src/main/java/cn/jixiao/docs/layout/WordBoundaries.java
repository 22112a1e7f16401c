package cn.jixiao.docs.layout;

import cn.jixiao.docs.layout.MeasuredParagraph.Atom;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the words of a Chinese line of text begin, for titles and 目录 entries that must not wrap inside a word
 * (「劳模帮｜扶」). ICU's dictionary segments the text; a word it does not know comes out as single characters
 * (帮|扶), and a suffix is split off its word (满意|度), so a single character stays with what precedes it
 * unless a line cannot hold the word, and a number stays with the unit after it (5118人次, 2023年) unless a line
 * cannot hold the two. A BreakIterator is not thread-safe: one instance serves one render.
 * The gaps handed out are shared between paragraphs of the same text: callers only read them.
 */
final class WordBoundaries {

    private BreakIterator iterator;
    /** Gaps by text: each heading is segmented again for its 目录 entry, and the dictionary lookup is the cost. */
    private final Map<String, Gap[]> segmented = new HashMap<>();

    /**
     * What may happen before atom i: a break between words, one inside a word only if need be, or, between a number
     * and its unit, one only where the two are wider than the line: there, 「2856.48｜万元」, not 「2856.｜48万元」.
     */
    enum Gap { WORD, INSIDE_WORD, AFTER_NUMBER }

    Gap[] gaps(List<Atom> atoms) {
        StringBuilder text = new StringBuilder(atoms.size());
        int[] atomAt = new int[atoms.size() * 2 + 1];
        for (int i = 0; i < atoms.size(); i++) {
            atomAt[text.length()] = i;
            text.appendCodePoint(atoms.get(i).lineBreak() ? '\n' : atoms.get(i).cp());
        }
        return segmented.computeIfAbsent(text.toString(), t -> gaps(t, atomAt, atoms.size()));
    }

    private Gap[] gaps(String text, int[] atomAt, int atomCount) {
        if (iterator == null) {
            iterator = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        }
        iterator.setText(text);
        List<Integer> ends = new ArrayList<>();
        ends.add(0);
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            ends.add(end);
        }
        Gap[] gaps = new Gap[atomCount + 1];
        Arrays.fill(gaps, Gap.INSIDE_WORD);
        for (int k = 1; k + 1 < ends.size(); k++) {
            int at = ends.get(k);
            boolean unitAfterNumber = Character.isDigit(text.charAt(at - 1))
                    && Character.isIdeographic(Character.codePointAt(text, at));
            gaps[atomAt[at]] = unitAfterNumber ? Gap.AFTER_NUMBER
                    : singleIdeograph(text, at, ends.get(k + 1)) ? Gap.INSIDE_WORD : Gap.WORD;
        }
        return gaps;
    }

    private static boolean singleIdeograph(CharSequence text, int from, int to) {
        int cp = Character.codePointAt(text, from);
        return from + Character.charCount(cp) == to && Character.isIdeographic(cp);
    }
}
