package cn.jixiao.docs.layout;

import cn.jixiao.docs.fonts.FaceSource;
import cn.jixiao.docs.model.Cancellation;
import cn.jixiao.docs.model.Document.Block;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.page.LaidOutDocument;
import cn.jixiao.docs.page.PageLayout.Mark;
import cn.jixiao.docs.page.PageLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays a document out into pages. Sections are laid out one by one, each starting a page; numbered sections
 * count pages from 1 across the document. The 目录 is laid out last, once every heading's page is known, which
 * is exact because the 目录's own length cannot move a numbered page.
 */
public final class Paginator {

    private final Document doc;
    private final LineBreaker breaker;
    private final GlyphReport glyphs = new GlyphReport();
    /** anchor → (section, page index within the section) */
    private final Map<String, int[]> anchorAt = new HashMap<>();
    /** Each table is laid out once, though keep-with-next asks for its first rows before it is placed. */
    private final Map<Document.Table, TableLayout> tables = new IdentityHashMap<>();
    /** Blocks as the layout settled them (widths, kept breaks, 目录 entries), by the block they replace. */
    private final Map<Block, Block> resolved = new IdentityHashMap<>();
    /**
     * Keep-with-next paragraphs the layout moved to a new page with what they keep. The DOCX breaks before them
     * explicitly: Word and LibreOffice would weigh the same keep on their own heights, and a table the layout set
     * tighter only on the page it moved to (its DOCX styles tighter everywhere) fitted LibreOffice's page before.
     */
    private final Set<Block> movedWithNext = Collections.newSetFromMap(new IdentityHashMap<>());

    private final Cancellation cancellation;
    /** How many lines of the paragraph after a keep-with-next one must share its page. */
    private static final int KEPT_LINES = 2;

    private Paginator(Document doc, FaceSource fonts, Cancellation cancellation) {
        this.doc = doc;
        this.breaker = new LineBreaker(fonts, glyphs);
        this.cancellation = cancellation;
    }

    public static LaidOutDocument layout(Document doc, FaceSource fonts) {
        return layout(doc, fonts, Cancellation.NONE);
    }

    /** Checks {@code cancellation} before each block, the unit of work a large plan has most of. */
    public static LaidOutDocument layout(Document doc, FaceSource fonts, Cancellation cancellation) {
        return new Paginator(doc, fonts, cancellation).run();
    }

    private LaidOutDocument run() {
        int n = doc.sections().size();
        List<List<List<Mark>>> sectionPages = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            sectionPages.add(hasToc(doc.sections().get(s)) ? null : section(s, Map.of()));
        }
        int[] firstNumber = new int[n];
        int next = 1;
        for (int s = 0; s < n; s++) {
            if (doc.sections().get(s).numbered()) {
                firstNumber[s] = next;
                next += sectionPages.get(s) == null ? 0 : sectionPages.get(s).size();
            }
        }
        Map<String, Integer> pageOfAnchor = new LinkedHashMap<>();
        anchorAt.forEach((anchor, at) -> pageOfAnchor.put(anchor,
                doc.sections().get(at[0]).numbered() ? firstNumber[at[0]] + at[1] : 0));
        for (int s = 0; s < n; s++) {
            if (sectionPages.get(s) == null) {
                sectionPages.set(s, section(s, pageOfAnchor));
            }
        }
        List<PageLayout> pages = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            boolean numbered = doc.sections().get(s).numbered();
            List<List<Mark>> list = sectionPages.get(s);
            for (int i = 0; i < list.size(); i++) {
                int number = numbered ? firstNumber[s] + i : 0;
                List<Mark> marks = new ArrayList<>(list.get(i));
                if (numbered) {
                    footer(marks, number);
                }
                pages.add(new PageLayout(number, marks));
            }
        }
        List<LaidOutDocument.OutlineEntry> outline = new ArrayList<>();
        for (Document.Paragraph p : doc.tocTargets()) {
            outline.add(new LaidOutDocument.OutlineEntry(p.tocLevel(), p.plainText().strip(), p.anchor()));
        }
        int tallCells = tables.values().stream().mapToInt(TableLayout::tallCells).sum();
        return new LaidOutDocument(resolvedDocument(), pages, pageOfAnchor, outline, List.copyOf(glyphs.missing()),
                List.copyOf(glyphs.substituted()), tallCells);
    }

    private Document resolvedDocument() {
        List<Document.Section> sections = new ArrayList<>();
        for (Document.Section s : doc.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                if (movedWithNext.contains(b) && !blocks.isEmpty() && !(blocks.get(blocks.size() - 1) instanceof Document.PageBreak)) {
                    blocks.add(new Document.PageBreak());
                }
                blocks.add(resolved.getOrDefault(b, b));
            }
            sections.add(new Document.Section(s.numbered(), blocks));
        }
        Map<String, Document.Style> styles = new java.util.HashMap<>(doc.styles());
        tables.values().forEach(t -> styles.putAll(t.tightenedStyles()));
        return new Document(doc.meta(), doc.page(), styles, sections);
    }

    private List<List<Mark>> section(int index, Map<String, Integer> pageOfAnchor) {
        Flow flow = new Flow(doc.page());
        List<Block> blocks = doc.sections().get(index).blocks();
        for (int b = 0; b < blocks.size(); b++) {
            cancellation.check();
            Block block = blocks.get(b);
            if (block instanceof Document.Paragraph p) {
                paragraph(flow, p, blocks, b + 1, index);
            } else if (block instanceof Document.Table t) {
                TableLayout table = table(t);
                table.place(flow, endsSection(blocks, b));
                resolved.put(t, table.resolved());
            } else if (block instanceof Document.Toc toc) {
                List<Document.TocEntry> entries = new TocLayout(doc, breaker, toc, doc.tocTargets(), pageOfAnchor).place(flow);
                resolved.put(toc, new Document.Toc(toc.entryStyles(), toc.noPageLevels(), entries));
            } else if (block instanceof Document.PageBreak) {
                flow.newPage(false);
            }
        }
        return flow.pages();
    }

    /** @param next where the blocks after {@code p} begin in {@code blocks} */
    private void paragraph(Flow flow, Document.Paragraph p, List<Block> blocks, int next, int section) {
        Document.Style style = doc.style(p.style());
        MeasuredParagraph measured = breaker.measure(p, style);
        MeasuredParagraph.Broken broken = measured.lines(flow.width);
        List<Line> lines = broken.lines();
        Document.Paragraph kept = LaidOutText.apply(p, measured, broken);
        if (kept != p) {
            resolved.put(p, kept);
        }
        float before = flow.atTopAfterOverflow() ? 0 : style.spaceBefore();
        if (style.keepWithNext() && !flow.atTop()) {
            float need = before + height(lines) + style.spaceAfter() + keptHeight(blocks, next, flow);
            if (!flow.fits(need)) {
                flow.newPage(true);
                movedWithNext.add(p);
                before = 0;
            }
        }
        flow.advance(before);
        if (p.anchor() != null) {
            if (!flow.fits(lines.get(0).height())) {
                flow.newPage(true);
            }
            anchorAt.put(p.anchor(), new int[] {section, flow.pageIndex()});
            flow.add(new PageLayout.Target(p.anchor(), flow.y()));
        }
        for (Line line : lines) {
            if (!flow.fits(line.height()) && !flow.atTop()) {
                flow.newPage(true);
            }
            flow.drawLine(line, flow.left, flow.y());
            flow.advance(line.height());
        }
        flow.advance(style.spaceAfter());
    }

    /**
     * The height the blocks from {@code i} on need on the page of a keep-with-next paragraph before them: two lines
     * or the first rows of block i, or all of it and what it keeps in turn when it is a keep-with-next paragraph too (a
     * heading above a title above its text): Word and LibreOffice chain keep-with-next so, and a heading whose
     * title moved on would be left alone at a page foot. A chain taller than a page fits nowhere: summing stops.
     */
    private float keptHeight(List<Block> blocks, int i, Flow flow) {
        float need = 0;
        for (int k = i; k < blocks.size() && need <= flow.pageHeight(); k++) {
            if (blocks.get(k) instanceof Document.Table t) {
                return need + table(t).firstRowsHeight();
            }
            if (!(blocks.get(k) instanceof Document.Paragraph p)) {
                return need;
            }
            Document.Style s = doc.style(p.style());
            if (!s.keepWithNext()) {
                // Two of its lines, or its only one: LibreOffice moved a heading on when just one line of a longer
                // paragraph after it fitted the page foot, and kept it when two did (widow control is off).
                int lines = Math.min(KEPT_LINES, breaker.measure(p, s).lineCount(flow.width));
                return need + s.spaceBefore() + lines * s.pitch();
            }
            need += s.spaceBefore() + height(breaker.lines(p, s, flow.width)) + s.spaceAfter();
        }
        return need;
    }

    /** Whether only page breaks follow block b in its section, as the DOCX writer counts a section's end. */
    private static boolean endsSection(List<Block> blocks, int b) {
        for (int k = b + 1; k < blocks.size(); k++) {
            if (!(blocks.get(k) instanceof Document.PageBreak)) {
                return false;
            }
        }
        return true;
    }

    private TableLayout table(Document.Table t) {
        return tables.computeIfAbsent(t, x -> new TableLayout(doc, breaker, x, doc.page().textWidth()));
    }

    private static float height(List<Line> lines) {
        float h = 0;
        for (Line l : lines) {
            h += l.height();
        }
        return h;
    }

    /** The page number line, placed as the footer asks for odd or even page numbers. */
    private void footer(List<Mark> marks, int number) {
        Document.Page page = doc.page();
        Document.Footer footer = page.footer();
        Document.Style style = doc.style(footer.style());
        Document.Paragraph text = new Document.Paragraph(footer.style(),
                List.of(new Document.Text(footer.text().replace("{page}", Integer.toString(number)), false)), null, 0);
        Document.Align align = number % 2 == 1 ? footer.odd() : footer.even();
        Document.Style placed = new Document.Style(style.name(), style.font(), style.size(), style.bold(), align,
                0, style.lineHeight(), 0, 0, 0, false, Document.Wrap.CHARACTERS);
        float inset = footer.inset() * style.size();
        Line line = breaker.lines(text, placed, page.textWidth() - 2 * inset).get(0);
        float lineTop = page.height() - footer.distance() - line.height();
        float baseline = Flow.baseline(line, lineTop);
        for (Line.Run run : line.runs()) {
            marks.add(new PageLayout.Glyphs(page.left() + inset + run.x(), baseline, run.face(), line.size(), 0, run.text()));
        }
    }

    private static boolean hasToc(Document.Section s) {
        return s.blocks().stream().anyMatch(b -> b instanceof Document.Toc);
    }
}
