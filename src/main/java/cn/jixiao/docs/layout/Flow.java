package cn.jixiao.docs.layout;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.page.PageLayout.Glyphs;
import cn.jixiao.docs.page.PageLayout.Mark;
import java.util.ArrayList;
import java.util.List;

/** The pages of one section as they fill: a cursor down the text area of the current page. */
final class Flow {

    private final float top;
    private final float bottom;
    final float left;
    final float width;
    private final List<List<Mark>> pages = new ArrayList<>();
    private List<Mark> marks;
    private float y;
    /** Whether the current page began because the previous one was full (then space before is dropped). */
    private boolean overflowed;

    Flow(Document.Page page) {
        this.top = page.top();
        this.bottom = page.height() - page.bottom();
        this.left = page.left();
        this.width = page.textWidth();
        newPage(false);
    }

    void newPage(boolean byOverflow) {
        // Sized as the page before: a table's pages hold hundreds of marks, and growing a list copies it each time.
        marks = new ArrayList<>(marks == null ? 16 : marks.size());
        pages.add(marks);
        y = top;
        overflowed = byOverflow;
    }

    float y() { return y; }

    void advance(float dy) { y += dy; }

    float remaining() { return bottom - y; }

    float pageHeight() { return bottom - top; }

    boolean atTop() { return y <= top + 0.01f; }

    boolean atTopAfterOverflow() { return atTop() && overflowed; }

    boolean fits(float height) { return y + height <= bottom + 0.01f; }

    int pageIndex() { return pages.size() - 1; }

    void add(Mark mark) { marks.add(mark); }

    List<List<Mark>> pages() { return pages; }

    /** Draws one line with its top at {@code lineTop} and its left edge at {@code x}. */
    void drawLine(Line line, float x, float lineTop) {
        float baseline = baseline(line, lineTop);
        for (Line.Run run : line.runs()) {
            marks.add(new Glyphs(x + run.x(), baseline, run.face(), line.size(), run.charSpacing(), run.text()));
        }
    }

    /** The ideographic em box sits centred in the line pitch; its baseline is 0.88 em below the box top. */
    static float baseline(Line line, float lineTop) {
        return lineTop + (line.height() - line.size()) / 2 + line.size() * 0.88f;
    }
}
