package cn.jixiao.docs.layout;

import cn.jixiao.docs.fonts.Face;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.page.PageLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 目录: one entry per heading, its text wrapping short of the page-number column, then a dot leader to the
 * number at the right margin. Each entry is a link to its heading.
 */
final class TocLayout {

    private final Document doc;
    private final LineBreaker breaker;
    private final Document.Toc toc;
    private final List<Document.Paragraph> targets;
    private final Map<String, Integer> pageOfAnchor;

    TocLayout(Document doc, LineBreaker breaker, Document.Toc toc, List<Document.Paragraph> targets,
              Map<String, Integer> pageOfAnchor) {
        this.doc = doc;
        this.breaker = breaker;
        this.toc = toc;
        this.targets = targets;
        this.pageOfAnchor = pageOfAnchor;
    }

    /** Lays the entries out and returns them as the 目录 lists them, for the writers. */
    List<Document.TocEntry> place(Flow flow) {
        List<Document.TocEntry> entries = new ArrayList<>();
        for (Document.Paragraph target : targets) {
            if (target.tocLevel() > toc.levels()) {
                continue;
            }
            Document.Style style = doc.style(toc.entryStyles().get(target.tocLevel() - 1));
            boolean numbered = !toc.noPageLevels().contains(target.tocLevel());
            Integer page = numbered ? pageOfAnchor.getOrDefault(target.anchor(), 0) : null;
            String number = page == null ? "" : page.toString();
            // Entry text wraps short of the margin so the number always has its column.
            float reserve = numbered ? Document.Toc.NUMBER_ROOM * style.size() : 0;
            Document.Paragraph entry = new Document.Paragraph(style.name(),
                    List.of(new Document.Text(target.plainText().strip(), false)), null, 0);
            MeasuredParagraph measured = breaker.measure(entry, style);
            MeasuredParagraph.Broken broken = measured.lines(flow.width - reserve);
            List<Line> lines = broken.lines();
            entries.add(new Document.TocEntry(target.tocLevel(), target.anchor(),
                    LaidOutText.apply(entry, measured, broken).inlines(), page));
            float before = flow.atTopAfterOverflow() ? 0 : style.spaceBefore();
            flow.advance(before);
            if (!flow.fits(lines.size() * lines.get(0).height()) && !flow.atTop()) {
                flow.newPage(true);
            }
            float top = flow.y();
            for (Line line : lines) {
                flow.drawLine(line, flow.left, flow.y());
                flow.advance(line.height());
            }
            if (numbered) {
                Line last = lines.get(lines.size() - 1);
                leader(flow, last, number, style, flow.y() - last.height());
            }
            flow.add(new PageLayout.Link(flow.left, top, flow.left + flow.width, flow.y(), target.anchor()));
            flow.advance(style.spaceAfter());
        }
        return entries;
    }

    /** Dots from the end of the entry's last line to the right-aligned page number. */
    private void leader(Flow flow, Line last, String number, Document.Style style, float lineTop) {
        Face face = breaker.latinFace(style, '.');
        float size = style.size();
        float numberWidth = 0;
        for (int i = 0; i < number.length(); i++) {
            numberWidth += face.advance(number.charAt(i), size);
        }
        float textEnd = 0;
        for (Line.Run r : last.runs()) {
            textEnd = Math.max(textEnd, r.x() + r.width());
        }
        float dot = face.advance('.', size);
        float gap = size * 0.25f;
        float dotsFrom = textEnd + gap;
        float dotsTo = flow.width - numberWidth - gap;
        int count = Math.max(0, (int) ((dotsTo - dotsFrom) / dot));
        float baseline = Flow.baseline(last, lineTop);
        List<PageLayout.Glyphs> out = new ArrayList<>();
        if (count > 0) {
            out.add(new PageLayout.Glyphs(flow.left + dotsTo - count * dot, baseline, face, size, 0, ".".repeat(count)));
        }
        out.add(new PageLayout.Glyphs(flow.left + flow.width - numberWidth, baseline, face, size, 0, number));
        out.forEach(flow::add);
    }
}
