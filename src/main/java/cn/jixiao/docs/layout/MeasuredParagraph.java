package cn.jixiao.docs.layout;

import cn.jixiao.docs.fonts.Face;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.util.InvisibleCharacters;
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
    /** Inside a run of Latin letters and digits too wide for its line: after a slash (or a hyphen, in a title). */
    static final byte AFTER_HYPHEN = 3;
    /**
     * After a hyphen (「GB 50099-｜2011」, 「well-｜known」): as good as a normal break when a line is filled, as
     * LibreOffice breaks there, but not when a column's width is chosen, so that a table still keeps a document
     * number on one line where it can.
     */
    static final byte AT_HYPHEN = 4;
    /** A normal break: between Chinese characters (or words, in a title), at spaces. */
    static final byte NORMAL = 5;

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
    // The atoms' fields the line fitting reads, unboxed: the column search fits lines thousands of times a table.
    private final int[] cps;
    private final float[] widths;
    private final float[] spaces;
    private final boolean[] hardBreaks;
    /** Whether the layout chose a face for some atom ({@link Atom#script}): the writers must be told which. */
    final boolean anyScriptChosen;
    /** Found when a table cell first asks; a paragraph measured once may stand in many cells. */
    private LineSteps steps;

    MeasuredParagraph(Document.Style style, List<Atom> atoms, byte[] breaks, LineBuilder builder) {
        this.style = style;
        this.atoms = atoms;
        this.breaks = breaks;
        this.builder = builder;
        int n = atoms.size();
        cps = new int[n];
        widths = new float[n];
        spaces = new float[n];
        hardBreaks = new boolean[n];
        boolean chosen = false;
        for (int i = 0; i < n; i++) {
            Atom a = atoms.get(i);
            cps[i] = a.cp();
            widths[i] = a.width();
            spaces[i] = a.spaceBefore();
            hardBreaks[i] = a.lineBreak();
            chosen |= a.script() != Document.Script.AUTO;
        }
        anyScriptChosen = chosen;
    }

    /** Builds the positioned runs of one line. */
    interface LineBuilder {
        Line line(List<Atom> atoms, Document.Style style, float avail, float indent, boolean justify, float width);
    }

    LineSteps steps() {
        if (steps == null) {
            steps = new LineSteps(this);
        }
        return steps;
    }

    private float indent() { return style.indent() * style.size(); }

    /**
     * What the lines at a width cut: two for each line that ends inside a number or a Latin run (「2856.｜48」,
     * 「50099-｜2011」), one for each that ends between a number and its unit (「2856.48｜万元」), the lesser harm.
     */
    private int cutRuns(float width) {
        int cuts = 0;
        int start = 0;
        boolean first = true;
        do {
            long next = fit(start, width - (first ? indent() : 0));
            int end = end(next);
            if (overflowed(next) && end > 0 && end < cps.length) {
                cuts += cut(end);
            }
            start = nextStart(next);
            first = false;
        } while (start < cps.length);
        return cuts;
    }

    private int cut(int b) {
        int before = cps[b - 1];
        int after = cps[b];
        if (Kinsoku.insideRun(b >= 2 ? cps[b - 2] : -1, before, after, ".,:-/")) {
            return 2;
        }
        return Character.isDigit(before) && Character.isIdeographic(after) ? 1 : 0;
    }

    /** How many lines the paragraph takes at a width, without building them. */
    int lineCount(float width) {
        int count = 0;
        int start = 0;
        boolean first = true;
        do {
            start = nextStart(fit(start, width - (first ? indent() : 0)));
            count++;
            first = false;
        } while (start < cps.length);
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
            long next = fit(start, breakWidth - (first ? indent() : 0));
            int end = end(next);
            boolean overflow = overflowed(next);
            boolean hasTab = false;
            for (int i = start; i < end; i++) {
                hasTab |= atoms.get(i).tab();
            }
            lines.add(builder.line(atoms.subList(start, end), style, avail, first ? indent() : 0,
                    style.align() == Document.Align.JUSTIFY && overflow && !hasTab, width));
            if (overflow && nextStart(next) < atoms.size() && (breaks[end] < AT_HYPHEN || style.wrap() == Document.Wrap.WORDS)) {
                kept.add(nextStart(next));
            }
            start = nextStart(next);
            first = false;
        }
        return new Broken(lines, kept);
    }

    /** A centred title wraps into lines of even length, as a typesetter sets it, not a full line and a stub. */
    private boolean balanced() {
        return style.wrap() == Document.Wrap.WORDS && style.align() == Document.Align.CENTER;
    }

    /**
     * The narrowest width that still gives as few lines as {@code width} does, and cuts numbers and Latin runs no
     * worse: evening the lines out must not split what the full width kept whole.
     */
    private float balancedWidth(float width) {
        int lines = lineCount(width);
        if (lines <= 1) {
            return width;
        }
        int cuts = cutRuns(width);
        float lo = width / lines;
        float hi = width;
        while (hi - lo > 0.5f) {
            float mid = (lo + hi) / 2;
            if (lineCount(mid) <= lines && cutRuns(mid) <= cuts) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /**
     * Where the line starting at {@code start} ends, packed into a long (see {@link #nextStart}, {@link #end},
     * {@link #overflowed}) since the column search asks this millions of times: the next line's first atom, this
     * line's end, and whether it ended because the next atom did not fit. Spaces hang past the edge as in Word and
     * LibreOffice, so a line is never broken before one (nor before an invisible character after one), and the next
     * line starts after them.
     */
    private long fit(int start, float avail) {
        int n = cps.length;
        int end = start;
        float used = 0;
        while (end < n) {
            if (hardBreaks[end]) {
                return packed(end + 1, end, false);
            }
            float w = widths[end] + (end > start ? spaces[end] : 0);
            if (used + w > avail + 0.01f && end > start && cps[end] != ' ' && !InvisibleCharacters.is(cps[end])) {
                break;
            }
            used += w;
            end++;
        }
        if (end >= n) {
            return packed(end, end, false);
        }
        int cut = breakPoint(start, end);
        int next = cut;
        while (next < n && cps[next] == ' ') {
            next++;
        }
        return packed(next, cut, true);
    }

    private static long packed(int nextStart, int end, boolean overflowed) {
        return (long) nextStart << 32 | (long) end << 1 | (overflowed ? 1 : 0);
    }

    private static int nextStart(long fit) { return (int) (fit >>> 32); }

    private static int end(long fit) { return (int) (fit & 0xFFFFFFFFL) >>> 1; }

    private static boolean overflowed(long fit) { return (fit & 1) != 0; }

    /**
     * The best break at or before {@code end}: the last normal one or after a hyphen, else the last of the next best
     * kind.
     */
    private int breakPoint(int start, int end) {
        for (int b = end; b > start; b--) {
            if (breaks[b] >= AT_HYPHEN) {
                return b;
            }
        }
        for (byte kind = AFTER_HYPHEN; kind > NO_BREAK; kind--) {
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
