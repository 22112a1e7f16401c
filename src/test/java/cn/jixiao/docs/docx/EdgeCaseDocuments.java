package cn.jixiao.docs.docx;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.FontRole;
import cn.jixiao.docs.model.Document.Align;
import cn.jixiao.docs.model.Document.Cell;
import cn.jixiao.docs.model.Document.LineBreak;
import cn.jixiao.docs.model.Document.Meta;
import cn.jixiao.docs.model.Document.Page;
import cn.jixiao.docs.model.Document.PageBreak;
import cn.jixiao.docs.model.Document.Paragraph;
import cn.jixiao.docs.model.Document.RightTab;
import cn.jixiao.docs.model.Document.Row;
import cn.jixiao.docs.model.Document.Section;
import cn.jixiao.docs.model.Document.Style;
import cn.jixiao.docs.model.Document.Table;
import cn.jixiao.docs.model.Document.Text;
import cn.jixiao.docs.model.Document.Toc;
import cn.jixiao.docs.model.Document.VAlign;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents that reach the writer's rarer branches, which the fixtures (all portrait, one 目录, well-behaved
 * text) do not: landscape paper, hanging indents, auto line height, a TOC level whose entry style is a heading,
 * an empty and a second TOC, breaks before a TOC and before a table with an empty first cell, spans that overrun
 * the grid, markup, whitespace and control characters in text, style names, anchors and properties (where a
 * control character also takes tabs and line ends with it, see DocxParagraphs.xmlSafe), and no metadata at all.
 */
final class EdgeCaseDocuments {

    /** Markup, quotes, whitespace, a control character and a character outside the BMP. */
    static final String NASTY = "甲&乙<丙>丁\"戊'己\t庚\n辛\r壬\u0001癸𠀀";

    /** Whitespace that XML can carry but that an attribute value or a parser would normalise. */
    static final String BLANKS = "空\t白\n换\r行";

    private EdgeCaseDocuments() {}

    static Document everything() {
        Map<String, Style> styles = new HashMap<>();
        add(styles, new Style("正文", FontRole.named("仿宋"), 16f, false, Align.JUSTIFY, 2f, 28.95f, 0f, 0f, 0, false, Document.Wrap.CHARACTERS));
        add(styles, new Style("悬挂", FontRole.FANG, 12f, true, Align.LEFT, -2f, 0f, 3.3f, 1.25f, 0, true, Document.Wrap.CHARACTERS));
        add(styles, new Style("标题", FontRole.named("黑体"), 16f, true, Align.CENTER, 0f, 30f, 6f, 6f, 1, true, Document.Wrap.CHARACTERS));
        add(styles, new Style("目录二级", FontRole.named("楷体"), 14f, false, Align.RIGHT, 1f, 20f, 0f, 0f, 0, false, Document.Wrap.CHARACTERS));
        add(styles, new Style("名称" + NASTY, FontRole.SONG, 10.5f, false, Align.LEFT, 0f, 0f, 0f, 0f, 0, false, Document.Wrap.CHARACTERS));
        add(styles, new Style("也是标题" + NASTY, FontRole.HEI, 15f, false, Align.LEFT, 0f, 0f, 0f, 0f, 1, false, Document.Wrap.WORDS));
        add(styles, new Style("留白" + BLANKS, FontRole.KAI, 12f, false, Align.LEFT, 0f, 0f, 0f, 0f, 0, false, Document.Wrap.CHARACTERS));
        add(styles, new Style("未用" + NASTY, FontRole.TITLE, 22f, false, Align.CENTER, 0f, 0f, 0f, 0f, 3, false, Document.Wrap.CHARACTERS));

        Page landscape = new Page(841.9f, 595.3f, 72f, 72f, 90.05f, 90.05f,
                new Document.Footer(36f, "", "正文", Align.CENTER, Align.CENTER, 0));
        Meta meta = new Meta("标题\r\n第二行" + NASTY, null, "", BLANKS, null, null);

        Table awkward = new Table(SampleDocument.columnsOfWidth(841.9f - 180.1f, 2f, 0.5f, 0.5f, 1.5f), List.of(
                new Row(true, false, List.of(new Cell(1, 1, VAlign.TOP, false, List.of()),
                        new Cell(9, 1, null, false, List.of(para("名称" + NASTY, text(NASTY)))))),
                new Row(false, false, List.of(new Cell(1, 5, VAlign.BOTTOM, false, List.of()),
                        new Cell(2, 2, VAlign.CENTER, true, List.of(
                                new Paragraph("标题", List.of(text("表内标题")), "_C<3>", 1),
                                para("正文", text("第二段")))),
                        new Cell(1, 1, VAlign.TOP, false, List.of(para("正文", text("x")))))),
                new Row(false, false, List.of(new Cell(1, 1, VAlign.CENTER, false, List.of(para("正文", text("y")))))),
                new Row(false, false, List.of())), 0);

        List<Section> sections = List.of(
                new Section(false, List.of(
                        new PageBreak(),
                        para("正文", text("前言")),
                        new PageBreak(),
                        new Toc(List.of("标题", "目录二级"), List.of(), List.of()))),
                new Section(true, List.of(
                        new Paragraph("标题", List.of(text("第一章 " + NASTY)), "_A&1", 1),
                        new Paragraph("正文", List.of(new RightTab(), new Text("粗", true), new LineBreak(),
                                new Text("", false), new Text("仍粗", true), new Text(NASTY, false),
                                new RightTab(), new Text("尾", false)), null, 0),
                        new Paragraph("正文", List.of(text("正文里的目录项")), "_B\"2", 2),
                        new Paragraph("悬挂", List.of(new LineBreak()), null, 0),
                        new PageBreak(),
                        awkward)),
                new Section(false, List.of()),
                new Section(true, List.of(
                        new Toc(List.of("悬挂"), List.of(1), List.of()),
                        new Paragraph("也是标题" + NASTY, List.of(text("附")), "_D", 1),
                        new Paragraph("留白" + BLANKS, List.of(text("留白")), "_E" + BLANKS, 2))),
                new Section(false, List.of(
                        para("名称" + NASTY, text("落款")),
                        new Table(SampleDocument.columnsOfWidth(841.9f - 180.1f, 1f), List.of(new Row(false, false, List.of(
                                new Cell(1, 1, VAlign.TOP, false, List.of(para("正文", text("末表"))))))), 0),
                        new PageBreak())));
        return new Document(meta, landscape, styles, sections);
    }

    /** A TOC with nothing to list, a footer with two page numbers, and no document properties. */
    static Document emptyToc() {
        Map<String, Style> styles = new HashMap<>();
        add(styles, new Style("正文", FontRole.named("仿宋"), 16f, false, Align.JUSTIFY, 2f, 28.95f, 0f, 0f, 0, false, Document.Wrap.CHARACTERS));
        Page page = new Page(595.3f, 841.9f, 104.9f, 99.2f, 79.4f, 73.7f,
                new Document.Footer(49.6f, "第{page}页，{page}{page}", "正文", Align.CENTER, Align.CENTER, 0));
        return new Document(null, page, styles, List.of(new Section(true, List.of(
                new Toc(List.of("正文", "正文"), List.of(2), List.of()),
                para("正文", text("无目录项"))))));
    }

    private static Paragraph para(String style, Document.Inline... inlines) {
        return new Paragraph(style, List.of(inlines), null, 0);
    }

    private static Text text(String s) {
        return new Text(s, false);
    }

    private static void add(Map<String, Style> styles, Style s) {
        styles.put(s.name(), s);
    }
}
