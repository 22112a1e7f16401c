package cn.jixiao.docs.docx;

import static cn.jixiao.docs.docx.DocxFile.w;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Cell;
import cn.jixiao.docs.model.Document.Row;
import cn.jixiao.docs.model.Document.Section;
import cn.jixiao.docs.model.Document.Table;
import cn.jixiao.docs.model.Document.VAlign;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class DocxTablesTest {

    private static final String DOC = "word/document.xml";
    private static DocxFile docx;
    private static List<Element> tables;

    @BeforeAll
    static void render() throws IOException {
        docx = DocxFile.render(SampleDocument.build());
        tables = docx.nodes(DOC, "//w:tbl");
    }

    @Test
    void bothIndicatorTablesAreWritten() {
        assertEquals(2, tables.size());
    }

    @Test
    void vMergeRestartAndContinueCountsPerTable() {
        for (Element tbl : tables) {
            // 资金构成 (2 rows), 产出指标 (3 rows), 数量指标 (2 rows): 3 restarts, 1 + 2 + 1 continuations.
            assertEquals(3, docx.nodes(tbl, ".//w:tcPr/w:vMerge[@w:val='restart']").size());
            assertEquals(4, docx.nodes(tbl, ".//w:tcPr/w:vMerge[not(@w:val) or @w:val='continue']").size());
        }
    }

    @Test
    void continuationCellsSitAtTheCoveredGridPositions() {
        List<Element> rows = docx.nodes(tables.get(0), "w:tr");
        assertEquals(10, rows.size());
        assertEquals(List.of("restart", "", ""), mergeStates(rows.get(2)));       // 资金构成 | 财政拨款 | 1,000.00
        assertEquals(List.of("continue", "", ""), mergeStates(rows.get(3)));      // (资金构成) | 其他资金 | 234.56
        assertEquals(List.of("restart", "restart", "", "", "", ""), mergeStates(rows.get(6)));
        assertEquals(List.of("continue", "continue", "", "", "", ""), mergeStates(rows.get(7)));
        assertEquals(List.of("continue", "", "", "", "", ""), mergeStates(rows.get(8)));
        assertEquals(List.of("", "", "", "", "", ""), mergeStates(rows.get(9)));
        // The continuation keeps the restart cell's width and holds only an empty paragraph.
        Element cont = docx.nodes(rows.get(7), "w:tc").get(1);
        assertEquals("", docx.text(cont));
        assertEquals(1, docx.nodes(cont, "w:p").size());
        assertEquals(w(docx.nodes(rows.get(6), "w:tc/w:tcPr/w:tcW").get(1), "w"),
                w(docx.nodes(cont, "w:tcPr/w:tcW").get(0), "w"));
    }

    @Test
    void everyRowFillsTheSixColumnGrid() {
        for (Element tbl : tables) {
            assertEquals(6, docx.nodes(tbl, "w:tblGrid/w:gridCol").size());
            for (Element tr : docx.nodes(tbl, "w:tr")) {
                int columns = 0;
                for (Element tc : docx.nodes(tr, "w:tc")) {
                    String span = docx.string(tc, "w:tcPr/w:gridSpan/@w:val");
                    columns += span.isEmpty() ? 1 : Integer.parseInt(span);
                }
                assertEquals(6, columns, "grid positions in a row");
            }
        }
    }

    @Test
    void colSpanBecomesGridSpanWithTheSummedWidth() {
        List<String> spans = new ArrayList<>();
        for (Element g : docx.nodes(tables.get(0), ".//w:tcPr/w:gridSpan")) {
            spans.add(w(g, "val"));
        }
        assertEquals(List.of("5", "4", "4", "4", "5"), spans);
        Element wide = docx.nodes(tables.get(0), "w:tr[1]/w:tc[2]").get(0);
        int sum = 0;
        for (Element col : docx.nodes(tables.get(0), "w:tblGrid/w:gridCol[position() > 1]")) {
            sum += Integer.parseInt(w(col, "w"));
        }
        assertEquals(String.valueOf(sum), docx.string(wide, "w:tcPr/w:tcW/@w:w"));
        assertEquals("dxa", docx.string(wide, "w:tcPr/w:tcW/@w:type"));
    }

    @Test
    void headerRowsRepeatAndNoRowSplitsAsInThePdfLayout() {
        List<Element> rows = docx.nodes(tables.get(0), "w:tr");
        for (int i = 0; i < rows.size(); i++) {
            boolean header = i == 0 || i == 1 || i == 5;
            assertEquals(header, !docx.nodes(rows.get(i), "w:trPr/w:tblHeader").isEmpty(), "tblHeader row " + i);
            assertEquals(1, docx.nodes(rows.get(i), "w:trPr/w:cantSplit").size(), "cantSplit row " + i);
        }
    }

    @Test
    void tableIsFullWidthFixedLayoutWithThinBlackRules() {
        Element tbl = tables.get(0);
        assertEquals("5000", docx.string(tbl, "w:tblPr/w:tblW/@w:w"));
        assertEquals("pct", docx.string(tbl, "w:tblPr/w:tblW/@w:type"));
        assertEquals("fixed", docx.string(tbl, "w:tblPr/w:tblLayout/@w:type"));
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            Element b = docx.nodes(tbl, "w:tblPr/w:tblBorders/w:" + side).get(0);
            assertEquals("single", w(b, "val"), side);
            assertEquals("4", w(b, "sz"), side);
            assertEquals("000000", w(b, "color"), side);
        }
        // The model's padding (4 pt sides, 2 pt top and bottom) in twips, as the PDF layout uses it.
        assertEquals("80", docx.string(tbl, "w:tblPr/w:tblCellMar/w:left/@w:w"));
        assertEquals("80", docx.string(tbl, "w:tblPr/w:tblCellMar/w:right/@w:w"));
        assertEquals("40", docx.string(tbl, "w:tblPr/w:tblCellMar/w:top/@w:w"));
        assertEquals("40", docx.string(tbl, "w:tblPr/w:tblCellMar/w:bottom/@w:w"));
        int total = 0;
        for (Element col : docx.nodes(tbl, "w:tblGrid/w:gridCol")) {
            total += Integer.parseInt(w(col, "w"));
        }
        assertEquals(DocxUnits.twips(SampleDocument.build().page().textWidth()), total);
    }

    @Test
    void cellsKeepValignAndTheirParagraphStyles() {
        Element row = docx.nodes(tables.get(0), "w:tr").get(6);
        List<Element> cells = docx.nodes(row, "w:tc");
        assertEquals("center", docx.string(cells.get(0), "w:tcPr/w:vAlign/@w:val"));
        assertEquals("top", docx.string(cells.get(2), "w:tcPr/w:vAlign/@w:val"));
        assertEquals("bottom", docx.string(cells.get(5), "w:tcPr/w:vAlign/@w:val"));
        assertEquals(DocxStyles.asciiId("表格"), docx.string(cells.get(2), "w:p/w:pPr/w:pStyle/@w:val"));
        assertEquals("产出指标", docx.text(cells.get(0)));
        // The model's empty 备注 cell still gets the paragraph Word requires.
        assertEquals(1, docx.nodes(cells.get(5), "w:p").size());
    }

    @Test
    void gridColumnsAreTheLaidOutWidthsAddingUpToTheTextWidth() {
        Table t = new Table(SampleDocument.columnsOfWidth(442.25f, 1f, 1f, 1f), List.of(), 0);
        int[] grid = DocxTables.gridColumns(t);
        assertEquals(8845, grid[0] + grid[1] + grid[2]);
        assertTrue(Math.abs(grid[0] - grid[1]) <= 1 && Math.abs(grid[1] - grid[2]) <= 1);
        Table unlaid = new Table(List.of(Document.Column.share(0.5f, 0.5f), Document.Column.share(0.5f, 0.5f)), List.of(), 0);
        assertThrows(IllegalArgumentException.class, () -> DocxTables.gridColumns(unlaid));
    }

    @Test
    void rowSpanReachingTheEndOfARowStillGetsItsContinuation() throws IOException {
        Table t = new Table(SampleDocument.columns(1f, 1f), List.of(
                new Row(false, false, List.of(cell(1, 1, "a"), cell(1, 2, "b"))),
                new Row(false, false, List.of(cell(1, 1, "c")))), 0);
        DocxFile d = DocxFile.render(withBody(t));
        List<Element> rows = d.nodes(DOC, "//w:tbl/w:tr");
        assertEquals(List.of("", "restart"), mergeStates(d, rows.get(0)));
        assertEquals(List.of("", "continue"), mergeStates(d, rows.get(1)));
    }

    @Test
    void aRowWithMoreCellsThanColumnsIsRejected() {
        Table t = new Table(SampleDocument.columns(1f), List.of(new Row(false, false, List.of(cell(1, 1, "a"), cell(1, 1, "b")))), 0);
        assertThrows(IllegalArgumentException.class, () -> DocxFile.render(withBody(t)));
    }

    private static Document withBody(Table t) {
        Document base = SampleDocument.build();
        return new Document(base.meta(), base.page(), base.styles(), List.of(new Section(true, List.of(t))));
    }

    private static Cell cell(int colSpan, int rowSpan, String text) {
        return new Cell(colSpan, rowSpan, VAlign.CENTER, false,
                List.of(SampleDocument.para("表格", SampleDocument.text(text))));
    }

    private static List<String> mergeStates(Element tr) {
        return mergeStates(docx, tr);
    }

    private static List<String> mergeStates(DocxFile d, Element tr) {
        List<String> states = new ArrayList<>();
        for (Element tc : d.nodes(tr, "w:tc")) {
            List<Element> vm = d.nodes(tc, "w:tcPr/w:vMerge");
            if (vm.isEmpty()) {
                states.add("");
            } else {
                String val = w(vm.get(0), "val");
                states.add(val.isEmpty() ? "continue" : val);
            }
        }
        assertFalse(states.isEmpty());
        return states;
    }
}
