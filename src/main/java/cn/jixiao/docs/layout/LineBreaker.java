package cn.jixiao.docs.layout;

import cn.jixiao.docs.fonts.Face;
import cn.jixiao.docs.fonts.FaceSource;
import cn.jixiao.docs.fonts.FontChain;
import cn.jixiao.docs.layout.MeasuredParagraph.Atom;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.util.InvisibleCharacters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Breaks paragraphs into lines: Chinese between any two characters (titles only between words), Latin words and
 * numbers whole where they fit, with the kinsoku rules (no punctuation hangs in the margin, as in LibreOffice and
 * the DOCX's settings); justified lines spread the slack over the gaps between glyphs. Each code point is drawn
 * by the first face of its role's chain that has it. One instance serves one render, on one thread.
 */
final class LineBreaker {

    /** 〓, the geta mark: what Chinese typesetting has long printed for a character it has no type for. */
    static final int PLACEHOLDER = 0x3013;

    private final FaceSource fonts;
    private final GlyphReport glyphs;
    private final WordBoundaries words = new WordBoundaries();
    /**
     * Paragraphs measured so far, by content and style: every project's table repeats the same header cells and
     * level labels, and measuring (the word segmentation above all) is a good part of the layout.
     */
    private final Map<Document.Style, Map<List<Document.Inline>, MeasuredParagraph>> measured = new IdentityHashMap<>();

    LineBreaker(FaceSource fonts, GlyphReport glyphs) {
        this.fonts = fonts;
        this.glyphs = glyphs;
    }

    List<Line> lines(Document.Paragraph paragraph, Document.Style style, float width) {
        return measure(paragraph, style).lines(width).lines();
    }

    MeasuredParagraph measure(Document.Paragraph paragraph, Document.Style style) {
        // By style first, and that by identity: a document's styles are few and shared, and hashing a style
        // record for every paragraph cost more than the lookup saved.
        return measured.computeIfAbsent(style, s -> new HashMap<>())
                .computeIfAbsent(paragraph.inlines(), inlines -> measure(inlines, style));
    }

    private MeasuredParagraph measure(List<Document.Inline> inlines, Document.Style style) {
        List<Atom> atoms = atoms(inlines, style);
        byte[] breaks = new byte[atoms.size() + 1];
        WordBoundaries.Gap[] gaps = style.wrap() == Document.Wrap.WORDS ? words.gaps(atoms) : null;
        // The rules look through invisible characters to the visible ones around them.
        int before = -1;
        int beforeThat = -1;
        for (int i = 0; i < atoms.size(); i++) {
            int cp = atoms.get(i).cp();
            boolean invisible = InvisibleCharacters.is(cp);
            if (i > 0) {
                int previous = atoms.get(i - 1).cp();
                if (invisible || before < 0 || Kinsoku.joins(previous)) {
                    breaks[i] = MeasuredParagraph.NO_BREAK; // an invisible character stays with the one it follows
                } else if (previous == Kinsoku.ZERO_WIDTH_SPACE && !Kinsoku.mayNotStartLine(cp)) {
                    // LibreOffice breaks there even after 「（」, but never before 「，」.
                    breaks[i] = MeasuredParagraph.NORMAL;
                } else {
                    breaks[i] = breakKind(beforeThat, before, cp, gaps == null ? WordBoundaries.Gap.WORD : gaps[i]);
                }
            }
            if (!invisible) {
                beforeThat = before;
                before = cp;
            }
        }
        return new MeasuredParagraph(style, atoms, breaks, this::line);
    }

    /**
     * Between two characters: a normal break where Chinese typesetting allows one (in a title also only between
     * words), a break after a hyphen, else the emergency kinds a line too narrow for a word falls back to.
     */
    private static byte breakKind(int beforeThat, int before, int after, WordBoundaries.Gap gap) {
        if (gap == WordBoundaries.Gap.AFTER_NUMBER) {
            return MeasuredParagraph.INSIDE_RUN;
        }
        if (Kinsoku.breakBetween(before, after) && !Kinsoku.holdsAfterAlphanumeric(beforeThat, before, after)) {
            return gap == WordBoundaries.Gap.WORD ? MeasuredParagraph.NORMAL : MeasuredParagraph.INSIDE_RUN;
        }
        if (Kinsoku.mayNotStartLine(after) || Kinsoku.mayNotEndLine(before) || after == ' ') {
            return MeasuredParagraph.NO_BREAK;
        }
        if (Kinsoku.betweenNumbers(before, after)) {
            return gap == WordBoundaries.Gap.WORD ? MeasuredParagraph.NORMAL : MeasuredParagraph.INSIDE_RUN;
        }
        // LibreOffice breaks after every hyphen of its own accord (checked on its PDFs: 「2021-｜2025」, 「X-｜ray」,
        // 「依据 -｜5℃」). After a slash it does so only in some runs, which no rule found here matched.
        if (before == '-' && gap == WordBoundaries.Gap.WORD) {
            return MeasuredParagraph.AT_HYPHEN;
        }
        if (before == '-' || before == '/') {
            return MeasuredParagraph.AFTER_HYPHEN;
        }
        // A decimal point, a thousands comma or a colon between letters or digits is inside the number or name
        // (2856.48, 1,000, 10:30, v1.2): cut there only as the letters of a run are cut.
        return Kinsoku.insideRun(beforeThat, before, after, ".,:")
                ? MeasuredParagraph.INSIDE_RUN : MeasuredParagraph.LAST_RESORT;
    }

    /**
     * Builds one line. Justification widens only the gaps where a line could break (between Chinese characters,
     * at spaces), as Word does, so a Latin word or a number keeps its letters together. Runs of single characters
     * with justifiable gaps between them share one run drawn with character spacing; other runs are placed one by
     * one.
     */
    private Line line(List<Atom> atoms, Document.Style style, float avail, float indent, boolean justify, float width) {
        int visible = atoms.size();
        while (visible > 0 && trailing(atoms.get(visible - 1).cp())) {
            visible--;
        }
        float natural = 0;
        int gaps = 0;
        // gap[i]: whether the gap before atom i may widen, worked out once: both of its atoms ask below.
        // Never before an invisible character; after one, as before it.
        boolean[] gap = new boolean[visible + 1];
        int before = -1; // the last visible character before atom i
        for (int i = 0; i < visible; i++) {
            int cp = atoms.get(i).cp();
            natural += atoms.get(i).width() + (i > 0 ? atoms.get(i).spaceBefore() : 0);
            if (InvisibleCharacters.is(cp)) {
                continue;
            }
            if (before >= 0 && justifiable(before, cp)) {
                gap[i] = true;
                gaps++;
            }
            before = cp;
        }
        float spacing = 0;
        if (justify && gaps > 0) {
            spacing = Math.max(0, (avail - natural) / gaps);
        }
        float x = indent;
        switch (style.align()) {
            case CENTER -> x += Math.max(0, (avail - natural) / 2);
            case RIGHT -> x += Math.max(0, avail - natural);
            default -> { }
        }
        List<Line.Run> runs = new ArrayList<>();
        RunBuilder run = new RunBuilder(runs);
        for (int i = 0; i < visible; i++) {
            Atom a = atoms.get(i);
            if (a.tab()) {
                run.flush();
                float rest = 0;
                for (int j = i + 1; j < visible; j++) {
                    rest += atoms.get(j).width() + (j > i + 1 ? atoms.get(j).spaceBefore() : 0);
                }
                x = Math.max(x, width - rest);
                continue;
            }
            boolean gapBefore = gap[i];
            boolean gapAfter = gap[i + 1];
            if (gapBefore) {
                x += spacing;
            }
            if (i > 0) {
                x += a.spaceBefore();
            }
            // A character with justifiable gaps on both sides can join a character-spaced run of its face.
            boolean spaced = spacing > 0 && (gapBefore || i == 0) && (gapAfter || i + 1 == visible);
            run.add(a, x, spaced ? spacing : 0);
            x += a.width();
        }
        run.flush();
        return new Line(List.copyOf(runs), style.pitch(), style.size());
    }

    /** A space or an invisible character at a line's end: neither is drawn, nor counts for its width. */
    private static boolean trailing(int cp) {
        return cp == ' ' || InvisibleCharacters.is(cp);
    }

    private static boolean justifiable(int before, int after) {
        return Kinsoku.breakBetween(before, after) || Kinsoku.isWide(before) || Kinsoku.isWide(after);
    }

    /** Collects atoms into runs of one face and one character spacing. */
    private static final class RunBuilder {
        private final List<Line.Run> runs;
        private final StringBuilder text = new StringBuilder();
        private Face face;
        private float x;
        private float width;
        private float spacing;

        RunBuilder(List<Line.Run> runs) { this.runs = runs; }

        void add(Atom a, float atX, float atomSpacing) {
            if (InvisibleCharacters.is(a.cp())) {
                return; // drawn as nothing, even by a face that has a glyph for it
            }
            // Drawn with character spacing Tc, each glyph of a run lands at the previous end plus Tc.
            boolean continues = face == a.face() && spacing == atomSpacing
                    && Math.abs(atX - (x + width + spacing)) < 0.001f;
            if (!continues) {
                flush();
                face = a.face();
                x = atX;
                spacing = atomSpacing;
            }
            text.appendCodePoint(a.cp());
            width = atX + a.width() - x;
        }

        void flush() {
            if (face != null && !text.isEmpty()) {
                runs.add(new Line.Run(face, text.toString(), x, width, spacing));
            }
            text.setLength(0);
            face = null;
        }
    }

    private List<Atom> atoms(List<Document.Inline> inlines, Document.Style style) {
        StringBuilder all = new StringBuilder();
        for (Document.Inline inline : inlines) {
            all.append(inline instanceof Document.Text t ? t.text() : "\n");
        }
        Document.Script[] scripts = Scripts.resolve(all.codePoints().toArray());
        List<Atom> atoms = new ArrayList<>(scripts.length);
        int k = 0;
        for (int n = 0; n < inlines.size(); n++) {
            Document.Inline inline = inlines.get(n);
            if (inline instanceof Document.LineBreak) {
                atoms.add(new Atom('\n', null, 0, false, true, n, 0, 0, Document.Script.AUTO));
                k++;
            } else if (inline instanceof Document.RightTab) {
                atoms.add(new Atom('\t', null, 0, true, false, n, 0, 0, Document.Script.AUTO));
                k++;
            } else if (inline instanceof Document.Text t) {
                boolean bold = style.bold() || t.bold();
                FontChain chain = fonts.chain(style.font(), bold);
                Face latin = fonts.latin(bold);
                String text = t.text();
                for (int i = 0; i < text.length(); k++) {
                    int cp = text.codePointAt(i);
                    int c = cp == '\t' ? ' ' : cp;
                    if (InvisibleCharacters.is(c)) {
                        atoms.add(new Atom(c, chain.first(), 0, false, false, n, i, 0, Document.Script.AUTO));
                        i += Character.charCount(cp);
                        continue;
                    }
                    Face face = scripts[k] == Document.Script.LATIN && latin.has(c) ? latin : pick(chain, c);
                    if (!face.has(c) && !Character.isWhitespace(c)) {
                        // No configured face draws it: a visible mark where it stands rather than a silent gap.
                        c = PLACEHOLDER;
                        face = pick(chain, c);
                    }
                    Document.Script chosen = !Scripts.shared(c) ? Document.Script.AUTO
                            : face == latin ? Document.Script.LATIN : Document.Script.CHINESE;
                    // Never across an invisible character: LibreOffice puts no space in 「2016\u200b质量」 either.
                    float space = !atoms.isEmpty() && ScriptSpace.between(atoms.get(atoms.size() - 1).cp(), c)
                            ? ScriptSpace.EM * style.size() : 0;
                    atoms.add(new Atom(c, face, face.advance(c, style.size()), false, false, n, i, space, chosen));
                    i += Character.charCount(cp);
                }
            }
        }
        return atoms;
    }

    /** The face that draws a Latin code point in a style (for text the caller measures itself: dot leaders, numbers). */
    Face latinFace(Document.Style style, int cp) {
        Face latin = fonts.latin(style.bold());
        return latin.has(cp) ? latin : pick(fonts.chain(style.font(), style.bold()), cp);
    }

    private Face pick(FontChain chain, int cp) {
        List<Face> faces = chain.faces();
        for (int i = 0; i < faces.size(); i++) {
            if (faces.get(i).has(cp)) {
                if (i >= chain.sameStyle() && !Character.isWhitespace(cp)) {
                    glyphs.substituted(cp);
                }
                return faces.get(i);
            }
        }
        if (!Character.isWhitespace(cp)) {
            glyphs.missing(cp);
        }
        return chain.first();
    }
}
