package cn.jixiao.docs.layout;

import cn.jixiao.docs.fonts.Face;
import cn.jixiao.docs.model.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph measured once — every character with its face and advance, every gap with the kind of break it
 * allows — so that it can be broken into lines at any width cheaply: the column-width search asks how many lines
 * a cell takes at dozens of widths before the layout breaks it for real.
 */
final class MeasuredParagraph {

    /** What a line may do between two characters, from worst to best. */
    static final byte NO_BREAK = 0;
    /**
     * Inside a word (「120｜9」, 「人｜次」 in a title or a value): only when the word is wider than the whole line.
     */
    static final byte INSIDE_RUN = 1;
    /** A break only when nothing better fits: anywhere else the kinsoku rules allow (「≥｜5118」). */
    static final byte LAST_RESORT = 2;
    /** Inside a run of Latin letters and digits too wide for its line: after a hyphen or a slash. */
    static final byte AFTER_HYPHEN = 3;
    /** A normal break: between Chinese characters (or words, in a title), at spaces. */
    static final byte NORMAL = 4;

    /**
     * One code point with the face that draws it; tab marks a right tab. {@code inline} and {@code offset} say
     * where it came from in the paragraph, so that a line break the layout chose can be put back into the text.
     * {@code spaceBefore} is the script space ({@link ScriptSpace}) after the previous atom, when on the same line;
     * {@code script} is the face it was drawn in when that is the layout's choice ({@link Scripts}), else AUTO.
     */
    record Atom(int cp, Face face, float width, boolean tab, boolean lineBreak, int inline, int offset,
                float spaceBefore, Document.Script script) {}

    /**
     * Lines at one width. {@code keptBreaks} are the atom indexes where a line starts for a reason a word
     * processor would not find by itself (a word boundary in a title, a run cut after its hyphen): the writers
     * must break there explicitly.
     */
    record Broken(List<Line> lines, List<Integer> keptBreaks) {}

    final Document.Style style;
    final List<Atom> atoms;
    /** breaks[i]: the break allowed between atoms[i - 1] and atoms[i]. */
    private final byte[] breaks;
    private final LineBuilder builder;

    MeasuredParagraph(Document.Style style, List<Atom> atoms, byte[] breaks, LineBuilder builder) {
        this.style = style;
        this.atoms = atoms;
        this.breaks = breaks;
        this.builder = builder;
    }

    /** Builds the positioned runs of one line. */
    interface LineBuilder {
        Line line(List<Atom> atoms, Document.Style style, float avail, float indent, boolean justify, float width);
    }

    private float indent() { return style.indent() * style.size(); }

    /** How many lines the paragraph takes at a width, without building them. */
    int lineCount(float width) {
        int count = 0;
        int start = 0;
        boolean first = true;
        do {
            start = nextLineStart(start, width - (first ? indent() : 0))[0];
            count++;
            first = false;
        } while (start < atoms.size());
        return count;
    }

    Broken lines(float width) {
        List<Line> lines = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        if (atoms.isEmpty()) {
            lines.add(new Line(List.of(), style.pitch(), style.size()));
            return new Broken(lines, kept);
        }
        float breakWidth = balanced() ? balancedWidth(width) : width;
        int start = 0;
        boolean first = true;
        while (start < atoms.size()) {
            float avail = width - (first ? indent() : 0);
            int[] next = nextLineStart(start, breakWidth - (first ? indent() : 0));
            int end = next[1];
            boolean overflow = next[2] == 1;
            boolean hasTab = false;
            for (int i = start; i < end; i++) {
                hasTab |= atoms.get(i).tab();
            }
            lines.add(builder.line(atoms.subList(start, end), style, avail, first ? indent() : 0,
                    style.align() == Document.Align.JUSTIFY && overflow && !hasTab, width));
            if (overflow && next[0] < atoms.size() && (breaks[end] != NORMAL || style.wrap() == Document.Wrap.WORDS)) {
                kept.add(next[0]);
            }
            start = next[0];
            first = false;
        }
        return new Broken(lines, kept);
    }

    /** A centred title wraps into lines of even length, as a typesetter sets it, not a full line and a stub. */
    private boolean balanced() {
        return style.wrap() == Document.Wrap.WORDS && style.align() == Document.Align.CENTER;
    }

    /** The narrowest width that still gives as few lines as {@code width} does. */
    private float balancedWidth(float width) {
        int lines = lineCount(width);
        if (lines <= 1) {
            return width;
        }
        float lo = width / lines;
        float hi = width;
        while (hi - lo > 0.5f) {
            float mid = (lo + hi) / 2;
            if (lineCount(mid) <= lines) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /**
     * Where the line starting at {@code start} ends: {next line's first atom, this line's end, 1 if it ended
     * because the next atom did not fit}. Spaces hang past the edge as in Word and LibreOffice, so a line is
     * never broken before one, and the next line starts after them.
     */
    private int[] nextLineStart(int start, float avail) {
        int end = start;
        float used = 0;
        while (end < atoms.size()) {
            Atom a = atoms.get(end);
            if (a.lineBreak()) {
                return new int[] {end + 1, end, 0};
            }
            float w = a.width() + (end > start ? a.spaceBefore() : 0);
            if (used + w > avail + 0.01f && end > start && a.cp() != ' ') {
                break;
            }
            used += w;
            end++;
        }
        if (end >= atoms.size()) {
            return new int[] {end, end, 0};
        }
        int cut = breakPoint(start, end);
        int next = cut;
        while (next < atoms.size() && atoms.get(next).cp() == ' ') {
            next++;
        }
        return new int[] {next, cut, 1};
    }

    /** The best break at or before {@code end}: the last normal one, else the last of the next best kind. */
    private int breakPoint(int start, int end) {
        for (byte kind = NORMAL; kind > NO_BREAK; kind--) {
            for (int b = end; b > start; b--) {
                if (breaks[b] == kind) {
                    return b;
                }
            }
        }
        return end;
    }

    /**
     * The widest piece no normal break divides, with the first-line indent where it applies; for a paragraph
     * kept whole, its whole width.
     */
    float minContentWidth() {
        if (style.wrap() == Document.Wrap.KEEP) {
            return maxContentWidth();
        }
        float widest = 0;
        float run = indent();
        for (int i = 0; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            if (i > 0 && breaks[i] == NORMAL || a.lineBreak()) {
                widest = Math.max(widest, run);
                run = 0;
            } else if (i > 0) {
                run += a.spaceBefore();
            }
            if (a.cp() != ' ') {
                run += a.width();
            }
        }
        return Math.max(widest, run);
    }

    /** The widest line when only the paragraph's own line breaks end lines. */
    float maxContentWidth() {
        float widest = 0;
        float line = indent();
        for (Atom a : atoms) {
            if (a.lineBreak()) {
                widest = Math.max(widest, line);
                line = 0;
            } else {
                line += a.width() + a.spaceBefore();
            }
        }
        return Math.max(widest, line);
    }
}
