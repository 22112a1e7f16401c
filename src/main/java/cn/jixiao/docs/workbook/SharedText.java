package cn.jixiao.docs.workbook;

import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * The workbook's shared strings, each made into POI's string object once. POI makes a new one (an XML object) on
 * every lookup, and a sheet looks the same few up thousands of times (a project's code on each of its indicator
 * rows): a quarter of reading the 64-project workbook went there. One per read.
 */
final class SharedText implements SharedStrings {

    private final SharedStrings strings;
    private final RichTextString[] made;

    SharedText(SharedStrings strings) {
        this.strings = strings;
        // The count is the file's claim: bounded, so a false one costs nothing; strings past it are made each time.
        this.made = new RichTextString[Math.max(0, Math.min(strings.getUniqueCount(), SheetReader.MAX_CELLS))];
    }

    @Override
    public RichTextString getItemAt(int idx) {
        if (idx < 0 || idx >= made.length) {
            return strings.getItemAt(idx);
        }
        RichTextString s = made[idx];
        if (s == null) {
            s = strings.getItemAt(idx);
            made[idx] = s;
        }
        return s;
    }

    @Override
    public int getCount() { return strings.getCount(); }

    @Override
    public int getUniqueCount() { return strings.getUniqueCount(); }
}
