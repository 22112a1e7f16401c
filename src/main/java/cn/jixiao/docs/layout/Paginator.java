package cn.jixiao.docs.layout;

import cn.jixiao.docs.fonts.FontLibrary;
import cn.jixiao.docs.layout.PageLayout.Mark;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lays a document out into pages. Sections are laid out one by one, each starting a page; numbered sections
 * count pages from 1 across the document. The 目录 is laid out last, once every heading's page is known, which
 * is exact because the 目录's own length cannot move a numbered page.
 */
public final class Paginator {

    private final Document doc;
    private final LineBreaker breaker;
    private final TreeSet<Integer> missing = new TreeSet<>();
    /** anchor → (section, page index within the section) */
    private final Map<String, int[]> anchorAt = new HashMap<>();
    /** Each table is laid out once, though keep-with-next asks for its first rows before it is placed. */
    private final Map<Document.Table, TableLayout> tables = new java.util.IdentityHashMap<>();

    private Paginator(Document doc, FontLibrary fonts) {
        this.doc = doc;
        this.breaker = new LineBreaker(fonts, missing);
    }

    public static Layout layout(Document doc, FontLibrary fonts) {
        return new Paginator(doc, fonts).run();
    }

    private Layout run() {
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
        List<Layout.OutlineEntry> outline = new ArrayList<>();
        for (Document.Paragraph p : tocTargets()) {
            outline.add(new Layout.OutlineEntry(p.tocLevel(), p.plainText().strip(), p.anchor()));
        }
        return new Layout(pages, pageOfAnchor, outline, List.copyOf(missing));
    }

    private List<List<Mark>> section(int index, Map<String, Integer> pageOfAnchor) {
        Flow flow = new Flow(doc.page());
        List<Block> blocks = doc.sections().get(index).blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            Block next = b + 1 < blocks.size() ? blocks.get(b + 1) : null;
            if (block instanceof Document.Paragraph p) {
                paragraph(flow, p, next, index);
            } else if (block instanceof Document.Table t) {
                table(t).place(flow);
            } else if (block instanceof Document.Toc toc) {
                new TocLayout(doc, breaker, toc, tocTargets(), pageOfAnchor).place(flow);
            } else if (block instanceof Document.PageBreak) {
                flow.newPage(false);
            }
        }
        return flow.pages();
    }

    private void paragraph(Flow flow, Document.Paragraph p, Block next, int section) {
        Document.Style style = doc.style(p.style());
        List<Line> lines = breaker.lines(p, style, flow.width);
        float before = flow.atTopAfterOverflow() ? 0 : style.spaceBefore();
        if (style.keepWithNext() && !flow.atTop()) {
            float need = before + height(lines) + style.spaceAfter() + firstLineHeight(next);
            if (!flow.fits(need)) {
                flow.newPage(true);
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

    /** The height a following block needs on the same page for keep-with-next: its first line or row. */
    private float firstLineHeight(Block next) {
        if (next instanceof Document.Paragraph p) {
            Document.Style s = doc.style(p.style());
            return s.spaceBefore() + (s.lineHeight() > 0 ? s.lineHeight() : s.size() * 1.3f);
        }
        if (next instanceof Document.Table t) {
            return table(t).firstRowsHeight();
        }
        return 0;
    }

    private TableLayout table(Document.Table t) {
        return tables.computeIfAbsent(t, x -> new TableLayout(doc, breaker, x));
    }

    private static float height(List<Line> lines) {
        float h = 0;
        for (Line l : lines) {
            h += l.height();
        }
        return h;
    }

    private void footer(List<Mark> marks, int number) {
        Document.Page page = doc.page();
        Document.Style style = doc.style(page.footerStyle());
        Document.Paragraph text = new Document.Paragraph(page.footerStyle(),
                List.of(new Document.Text(page.footer().replace("{page}", Integer.toString(number)), false)), null, 0);
        Line line = breaker.lines(text, style, page.textWidth()).get(0);
        float lineTop = page.height() - page.footerDistance() - line.height();
        float baseline = Flow.baseline(line, lineTop);
        for (Line.Run run : line.runs()) {
            marks.add(new PageLayout.Glyphs(page.left() + run.x(), baseline, run.face(), line.size(), 0, run.text()));
        }
    }

    private List<Document.Paragraph> tocTargets() {
        List<Document.Paragraph> out = new ArrayList<>();
        for (Document.Section s : doc.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Document.Paragraph p && p.anchor() != null && p.tocLevel() > 0) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static boolean hasToc(Document.Section s) {
        return s.blocks().stream().anyMatch(b -> b instanceof Document.Toc);
    }

}
