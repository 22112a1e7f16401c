package cn.jixiao.docs.layout;

import cn.jixiao.docs.fonts.Face;
import cn.jixiao.docs.fonts.FontLibrary;
import cn.jixiao.docs.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Breaks a paragraph into lines: Chinese between any two characters, Latin words and numbers whole where they fit,
 * with the kinsoku rules (no punctuation hangs in the margin, as in LibreOffice and the DOCX's settings); justified lines spread the slack over the gaps between glyphs.
 * Each code point is drawn by the first face of its role's chain that has it.
 */
final class LineBreaker {

    private final FontLibrary fonts;
    private final Set<Integer> missing;

    LineBreaker(FontLibrary fonts, Set<Integer> missing) {
        this.fonts = fonts;
        this.missing = missing;
    }

    /** One code point with the face that draws it; tab marks a right tab. */
    private record Atom(int cp, Face face, float width, boolean tab, boolean lineBreak) {}

    List<Line> lines(Document.Paragraph paragraph, Document.Style style, float width) {
        List<Atom> atoms = atoms(paragraph.inlines(), style);
        float lineHeight = style.lineHeight() > 0 ? style.lineHeight() : style.size() * 1.3f;
        float indent = style.indent() * style.size();
        List<Line> lines = new ArrayList<>();
        int start = 0;
        boolean first = true;
        if (atoms.isEmpty()) {
            lines.add(new Line(List.of(), lineHeight, style.size()));
            return lines;
        }
        while (start < atoms.size()) {
            float avail = width - (first ? indent : 0);
            int end = start;
            float used = 0;
            int tabAt = -1;
            boolean forced = false;
            while (end < atoms.size()) {
                Atom a = atoms.get(end);
                if (a.lineBreak()) {
                    forced = true;
                    break;
                }
                if (a.tab()) {
                    tabAt = end;
                }
                if (used + a.width() > avail + 0.01f && end > start) {
                    break;
                }
                used += a.width();
                end++;
            }
            int cut = end;
            boolean overflow = end < atoms.size() && !forced;
            if (overflow) {
                cut = breakPoint(atoms, start, end);
            }
            lines.add(line(atoms.subList(start, cut), style, avail, first ? indent : 0,
                    style.align() == Document.Align.JUSTIFY && overflow && tabAt < 0, tabAt >= 0 && tabAt < cut,
                    width, lineHeight));
            start = cut;
            if (forced && start < atoms.size() && atoms.get(start).lineBreak()) {
                start++;
            }
            while (overflow && start < atoms.size() && atoms.get(start).cp() == ' ') {
                start++;
            }
            first = false;
        }
        return lines;
    }

    /** Where to end a line that would overflow at {@code end}: back up to the last place a line may break. */
    private static int breakPoint(List<Atom> atoms, int start, int end) {
        for (int b = end; b > start; b--) {
            if (Kinsoku.breakBetween(atoms.get(b - 1).cp(), atoms.get(b).cp())) {
                return b;
            }
        }
        // One unbreakable word wider than the line: split it rather than overflow, still not before a closing mark.
        for (int b = end; b > start; b--) {
            if (!Kinsoku.mayNotStartLine(atoms.get(b).cp()) && !Kinsoku.mayNotEndLine(atoms.get(b - 1).cp())) {
                return b;
            }
        }
        return end;
    }

    /**
     * Builds one line. Justification widens only the gaps where a line could break (between Chinese characters,
     * at spaces), as Word does, so a Latin word or a number keeps its letters together. Runs of single characters
     * with justifiable gaps between them share one run drawn with character spacing; other runs are placed one by
     * one.
     */
    private Line line(List<Atom> atoms, Document.Style style, float avail, float indent, boolean justify,
                      boolean hasTab, float width, float lineHeight) {
        int visible = atoms.size();
        while (visible > 0 && atoms.get(visible - 1).cp() == ' ') {
            visible--;
        }
        float natural = 0;
        int gaps = 0;
        for (int i = 0; i < visible; i++) {
            natural += atoms.get(i).width();
            if (i > 0 && justifiable(atoms, i)) {
                gaps++;
            }
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
                    rest += atoms.get(j).width();
                }
                x = Math.max(x, width - rest);
                continue;
            }
            boolean gapBefore = i > 0 && justifiable(atoms, i);
            boolean gapAfter = i + 1 < visible && justifiable(atoms, i + 1);
            if (gapBefore) {
                x += spacing;
            }
            // A character with justifiable gaps on both sides can join a character-spaced run of its face.
            boolean spaced = spacing > 0 && (gapBefore || i == 0) && (gapAfter || i + 1 == visible);
            run.add(a, x, spaced ? spacing : 0);
            x += a.width();
        }
        run.flush();
        return new Line(List.copyOf(runs), lineHeight, style.size());
    }

    private static boolean justifiable(List<Atom> atoms, int i) {
        return Kinsoku.breakBetween(atoms.get(i - 1).cp(), atoms.get(i).cp())
                || Kinsoku.isWide(atoms.get(i - 1).cp()) || Kinsoku.isWide(atoms.get(i).cp());
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
        List<Atom> atoms = new ArrayList<>();
        for (Document.Inline inline : inlines) {
            if (inline instanceof Document.LineBreak) {
                atoms.add(new Atom('\n', null, 0, false, true));
            } else if (inline instanceof Document.RightTab) {
                atoms.add(new Atom('\t', null, 0, true, false));
            } else if (inline instanceof Document.Text t) {
                boolean bold = style.bold() || t.bold();
                List<Face> chain = fonts.chain(style.font(), bold);
                Face latin = fonts.latin(bold);
                t.text().codePoints().forEach(cp -> {
                    int c = cp == '\t' ? ' ' : cp;
                    Face face = isLatin(c) && latin.has(c) ? latin : pick(chain, c);
                    atoms.add(new Atom(c, face, face.advance(c, style.size()), false, false));
                });
            }
        }
        return atoms;
    }

    /**
     * Characters Word sets in the run's Latin font (w:ascii/w:hAnsi): ASCII and the accented Latin letters.
     * Punctuation shared with Chinese (quotes, ·, ×, °) stays with the Chinese font, as w:hint="eastAsia" has it.
     */
    private static boolean isLatin(int cp) {
        return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
    }

    /** The face that draws a code point in a style (for text the caller measures itself, such as dot leaders). */
    Face faceFor(Document.Style style, int cp) {
        Face latin = fonts.latin(style.bold());
        return isLatin(cp) && latin.has(cp) ? latin : pick(fonts.chain(style.font(), style.bold()), cp);
    }

    private Face pick(List<Face> chain, int cp) {
        for (Face f : chain) {
            if (f.has(cp)) {
                return f;
            }
        }
        if (!Character.isWhitespace(cp)) {
            missing.add(cp);
        }
        return chain.get(0);
    }
}
