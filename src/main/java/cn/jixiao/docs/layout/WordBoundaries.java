package cn.jixiao.docs.layout;

import cn.jixiao.docs.layout.MeasuredParagraph.Atom;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the words of a Chinese line of text begin, for titles and 目录 entries that must not wrap inside a word
 * (「劳模帮｜扶」). ICU's dictionary segments the text; a word it does not know comes out as single characters
 * (帮|扶), and a suffix is split off its word (满意|度), so a single character always stays with what precedes
 * it, and a number with the unit after it (5118人次, 2023年). A BreakIterator is not thread-safe: one instance
 * serves one render.
 */
final class WordBoundaries {

    private BreakIterator iterator;

    /** boundaries[i]: whether a word starts at atom i. */
    boolean[] boundaries(List<Atom> atoms) {
        StringBuilder text = new StringBuilder(atoms.size());
        int[] atomAt = new int[atoms.size() * 2 + 1];
        for (int i = 0; i < atoms.size(); i++) {
            atomAt[text.length()] = i;
            text.appendCodePoint(atoms.get(i).lineBreak() ? '\n' : atoms.get(i).cp());
        }
        if (iterator == null) {
            iterator = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        }
        iterator.setText(text.toString());
        List<Integer> ends = new ArrayList<>();
        ends.add(0);
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            ends.add(end);
        }
        boolean[] starts = new boolean[atoms.size() + 1];
        for (int k = 1; k + 1 < ends.size(); k++) {
            if (!glued(text, ends.get(k - 1), ends.get(k), ends.get(k + 1))) {
                starts[atomAt[ends.get(k)]] = true;
            }
        }
        return starts;
    }

    /** Whether the segments [from, at) and [at, to) stay on one line. */
    private static boolean glued(CharSequence text, int from, int at, int to) {
        boolean unitAfterNumber = Character.isDigit(text.charAt(at - 1)) && Character.isIdeographic(Character.codePointAt(text, at));
        return singleIdeograph(text, at, to) || unitAfterNumber;
    }

    private static boolean singleIdeograph(CharSequence text, int from, int to) {
        int cp = Character.codePointAt(text, from);
        return from + Character.charCount(cp) == to && Character.isIdeographic(cp);
    }
}
