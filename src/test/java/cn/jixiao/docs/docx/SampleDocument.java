package cn.jixiao.docs.docx;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.FontRole;
import cn.jixiao.docs.model.Document.Align;
import cn.jixiao.docs.model.Document.Block;
import cn.jixiao.docs.model.Document.Cell;
import cn.jixiao.docs.model.Document.Inline;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-built 部门预算绩效文本 shaped like the real ones: unnumbered cover and 目录, a numbered body with two
 * heading levels, a 绩效目标表, a numbered 附件 section and an unnumbered back page.
 */
final class SampleDocument {

    static final String TRICKY_TEXT = "特殊字符<&>\"'与扩展汉字𠀀";
    static final String LONG_HEADING = "二、部门整体支出绩效目标、预算安排与重点项目绩效管理工作的总体情况及下一步工作打算";
    static final Instant CREATED = Instant.parse("2025-03-01T02:30:00Z");

    /** Anchor → heading text, in document order. */
    static final Map<String, String> HEADINGS = new LinkedHashMap<>();
    static {
        HEADINGS.put("_Toc0001", "一、部门基本情况");
        HEADINGS.put("_Toc0002", "（一）部门职能");
        HEADINGS.put("_Toc0003", LONG_HEADING);
        HEADINGS.put("_Toc0004", "（一）项目绩效目标表");
        HEADINGS.put("_Toc0005", "附件 重点项目绩效目标表");
    }

    private SampleDocument() {}

    static Document build() {
        return build(List.of());
    }

    static Document build(List<Integer> noPageLevels) {
        Map<String, Style> styles = new HashMap<>();
        add(styles, new Style("封面标题", FontRole.named("小标宋"), 22f, false, Align.CENTER, 0f, 0f, 0f, 24f, 0, false, Document.Wrap.CHARACTERS));
        add(styles, new Style("封面单位", FontRole.named("楷体"), 16f, false, Align.CENTER, 0f, 28.95f, 0f, 0f, 0, false, Document.Wrap.CHARACTERS));
        add(styles, new Style("目录标题", FontRole.named("黑体"), 16f, false, Align.CENTER, 0f, 28.95f, 0f, 12f, 0, false, Document.Wrap.CHARACTERS));
        add(styles, new Style("目录一级", FontRole.named("黑体"), 16f, false, Align.LEFT, 0f, 28.95f, 0f, 0f, 0, false, Document.Wrap.CHARACTERS));
        add(styles, new Style("目录二级", FontRole.named("仿宋"), 16f, false, Align.LEFT, 1f, 28.95f, 0f, 0f, 0, false, Document.Wrap.CHARACTERS));
        add(styles, new Style("一级标题", FontRole.named("黑体"), 16f, false, Align.JUSTIFY, 2f, 28.95f, 0f, 0f, 1, true, Document.Wrap.CHARACTERS));
        add(styles, new Style("二级标题", FontRole.named("楷体"), 16f, true, Align.JUSTIFY, 2f, 28.95f, 0f, 0f, 2, true, Document.Wrap.CHARACTERS));
        add(styles, new Style("附件标题", FontRole.named("小标宋"), 18f, false, Align.CENTER, 0f, 0f, 12f, 12f, 1, true, Document.Wrap.CHARACTERS));
        add(styles, new Style("正文", FontRole.named("仿宋"), 16f, false, Align.JUSTIFY, 2f, 28.95f, 0f, 0f, 0, false, Document.Wrap.CHARACTERS));
        add(styles, new Style("表头", FontRole.named("黑体"), 12f, false, Align.CENTER, 0f, 18f, 0f, 0f, 0, false, Document.Wrap.CHARACTERS));
        add(styles, new Style("表格", FontRole.named("仿宋"), 12f, false, Align.LEFT, 0f, 18f, 0f, 0f, 0, false, Document.Wrap.CHARACTERS));
        add(styles, new Style("页码", FontRole.named("宋体"), 14f, false, Align.CENTER, 0f, 0f, 0f, 0f, 0, false, Document.Wrap.CHARACTERS));
        add(styles, new Style("落款", FontRole.named("仿宋"), 16f, false, Align.RIGHT, 0f, 28.95f, 0f, 0f, 0, false, Document.Wrap.CHARACTERS));

        Page page = new Page(595.3f, 841.9f, 104.9f, 99.2f, 79.4f, 73.7f, new Document.Footer(49.6f, "— {page} —", "页码", Align.CENTER, Align.CENTER, 0));
        Meta meta = new Meta("XX县财政局2025年部门预算绩效文本", "XX县财政局", "部门预算绩效", "绩效目标,预算",
                "zh-CN", CREATED);

        List<Section> sections = List.of(
                new Section(false, List.of(
                        para("封面标题", text("XX县财政局"), new LineBreak(), text("2025年部门预算绩效文本")),
                        para("封面单位", text("XX县财政局编制")),
                        para("封面单位", text("二〇二五年三月")))),
                new Section(false, List.of(
                        para("目录标题", text("目  录")),
                        new Toc(List.of("目录一级", "目录二级"), noPageLevels, List.of()))),
                new Section(true, body()),
                new Section(true, List.of(
                        heading("附件标题", "_Toc0005", 1),
                        indicatorTable())),
                new Section(false, List.of(
                        para("落款", text("XX县财政局")),
                        para("落款", text("2025年3月1日")))));
        return new Document(meta, page, styles, sections);
    }

    private static List<Block> body() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(heading("一级标题", "_Toc0001", 1));
        blocks.add(heading("二级标题", "_Toc0002", 2));
        blocks.add(new Paragraph("正文", List.of(
                new Text("主要职能：", true),
                new Text("贯彻执行国家财政方针政策，" + TRICKY_TEXT + "，统筹预算绩效管理。", false)), null, 0));
        blocks.add(para("正文", text("编制单位：XX县财政局"), new RightTab(), text("单位：万元")));
        for (int i = 1; i <= 12; i++) {
            blocks.add(para("正文", text("第" + i + "段：坚持以人民为中心的发展思想，全面实施预算绩效管理，"
                    + "提高财政资源配置效率和使用效益，推动财政资金聚力增效，为全县经济社会高质量发展提供坚实保障。")));
        }
        blocks.add(new PageBreak());
        blocks.add(heading("一级标题", "_Toc0003", 1));
        blocks.add(heading("二级标题", "_Toc0004", 2));
        blocks.add(para("正文", text("部门整体绩效目标如下表所示。")));
        blocks.add(indicatorTable());
        blocks.add(para("正文", text("以上目标将纳入年度考核。")));
        return blocks;
    }

    /**
     * A 绩效目标表: two header rows, money rows with a 资金构成 cell spanning 2 rows, the 年度总体目标 row, and the
     * indicator block: its own header row, then 产出指标 over 3 rows containing 数量指标 over 2 rows.
     */
    static Table indicatorTable() {
        List<Row> rows = List.of(
                new Row(true, false, List.of(th("部门（单位）名称"), cell(5, 1, "XX县财政局"))),
                new Row(true, false, List.of(th("年度预算"), th("资金总额"), cell(4, 1, "1,234.56万元"))),
                new Row(false, false, List.of(cell(1, 2, "资金构成"), cell(1, 1, "财政拨款"), cell(4, 1, "1,000.00万元"))),
                new Row(false, false, List.of(cell(1, 1, "其他资金"), cell(4, 1, "234.56万元"))),
                new Row(false, false, List.of(th("年度总体目标"), cell(5, 1, "完成全县预算绩效管理扩围提质工作。"))),
                new Row(true, false, List.of(th("一级指标"), th("二级指标"), th("三级指标"), th("指标值"), th("权重"),
                        th("备注"))),
                new Row(false, false, List.of(cell(1, 3, "产出指标"), cell(1, 2, "数量指标"), cell(1, 1, "培训人次"),
                        cell(1, 1, "≥500人次"), cell(1, 1, "10"), emptyCell())),
                new Row(false, false, List.of(cell(1, 1, "覆盖乡镇数"), cell(1, 1, "=12个"), cell(1, 1, "10"), emptyCell())),
                new Row(false, false, List.of(cell(1, 1, "质量指标"), cell(1, 1, "培训合格率"), cell(1, 1, "≥95%"),
                        cell(1, 1, "10"), emptyCell())),
                new Row(false, false, List.of(cell(1, 1, "效益指标"), cell(1, 1, "社会效益"), cell(1, 1, "群众满意度"),
                        cell(1, 1, "≥90%"), cell(1, 1, "20"), emptyCell())));
        return new Table(SampleDocument.columns(1.3f, 1.2f, 1.6f, 1.6f, 0.8f, 0.8f), rows, 0);
    }

    private static Cell th(String text) {
        return new Cell(1, 1, VAlign.CENTER, false, List.of(para("表头", text(text))));
    }

    private static Cell cell(int colSpan, int rowSpan, String text) {
        return new Cell(colSpan, rowSpan, rowSpan > 1 ? VAlign.CENTER : VAlign.TOP, rowSpan > 1,
                List.of(para("表格", text(text))));
    }

    private static Cell emptyCell() {
        return new Cell(1, 1, VAlign.BOTTOM, false, List.of());
    }

    private static Paragraph heading(String style, String anchor, int level) {
        return new Paragraph(style, List.of(text(HEADINGS.get(anchor))), anchor, level);
    }

    static Paragraph para(String style, Inline... inlines) {
        return new Paragraph(style, List.of(inlines), null, 0);
    }

    static Text text(String s) {
        return new Text(s, false);
    }

    /** Columns of fixed relative widths: their share of the text width is both minimum and maximum. */
    static List<Document.Column> columns(float... relative) {
        return columnsOfWidth(595.3f - 79.4f - 73.7f, relative);
    }

    static List<Document.Column> columnsOfWidth(float text, float... relative) {
        float total = 0;
        for (float r : relative) {
            total += r;
        }
        List<Document.Column> out = new ArrayList<>();
        for (float r : relative) {
            out.add(new Document.Column(r / total, r / total, r / total * text));
        }
        return out;
    }

    private static void add(Map<String, Style> styles, Style s) {
        styles.put(s.name(), s);
    }

    /** Every piece of text the document model holds, for "nothing got lost" checks. */
    static List<String> allTexts(Document doc) {
        List<String> out = new ArrayList<>();
        for (Section s : doc.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p) {
                    texts(p, out);
                } else if (b instanceof Table t) {
                    for (Row r : t.rows()) {
                        for (Cell c : r.cells()) {
                            for (Paragraph p : c.paragraphs()) {
                                texts(p, out);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void texts(Paragraph p, List<String> out) {
        for (Inline i : p.inlines()) {
            if (i instanceof Text t) {
                out.add(t.text());
            }
        }
    }
}
