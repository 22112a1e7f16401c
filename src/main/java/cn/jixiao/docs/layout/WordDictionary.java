package cn.jixiao.docs.layout;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * ICU's Chinese word dictionary, which {@link WordBoundaries} needs for the first title it breaks. ICU loads it once
 * per process and shares it between iterators (its caches are thread-safe), so loading it early, beside the fonts
 * and the templates, takes it off the first render's path.
 */
public final class WordDictionary {

    private WordDictionary() {}

    public static void load() {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        words.setText("绩效目标");
        words.next();
    }
}
