package cn.jixiao.docs.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.FontRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ranges the column search skips re-measuring over: every width in a range gives the count its width gives,
 * and where a range ends short of the widest width, the width it ends at gives another count (a step, not a range
 * cut short). Both for a cell's text measured step by step and for a long one whose count is estimated.
 */
class LineStepsTest {

    private static final Document.Style CELL =
            new Document.Style("s", FontRole.FANG, 10.5f, false, Document.Align.LEFT, 0, 14, 0, 0, 0, false,
                    Document.Wrap.CHARACTERS);

    private static MeasuredParagraph measured(String text) {
        LineBreaker breaker = new LineBreaker(TestRendering.FONTS, new GlyphReport());
        return breaker.measure(new Document.Paragraph("s", List.of(new Document.Text(text, false)), null, 0), CELL);
    }

    @Test
    void aShortCellsCountHoldsExactlyBetweenItsSteps() {
        MeasuredParagraph cell = measured("帮扶资金到位率100%");
        // Few lines even at its narrowest, so its steps are measured, not estimated.
        assertTrue(cell.lineCount(cell.minContentWidth()) <= 8, "lines at the narrowest");
        checkRanges(cell.steps(), 10, 200);
    }

    @Test
    void aLongCellsEstimatedCountHoldsExactlyOverItsRange() {
        String text = "围绕县委县政府中心工作，履行维护职工合法权益、竭诚服务职工群众的基本职责，".repeat(12);
        checkRanges(measured(text).steps(), 20, 400);
    }

    private static void checkRanges(LineSteps steps, float narrowest, float widest) {
        int wideRanges = 0;
        for (float width = narrowest; width <= widest; width += 0.37f) {
            int count = steps.lines(width);
            float from = steps.sameFrom(width);
            float until = steps.sameUntil(width);
            assertTrue(from <= width && width < until, width + " outside [" + from + ", " + until + ")");
            assertEquals(count, steps.lines(from), "at the range's start, for " + width);
            // A range of the one width asked about says nothing of the widths beside it.
            if (until != Float.POSITIVE_INFINITY && until != Math.nextUp(width)) {
                assertEquals(count, steps.lines(Math.nextDown(until)), "at the range's end, for " + width);
                assertNotEquals(count, steps.lines(until), "past the range's end, for " + width);
            }
            if (from != width) {
                wideRanges++;
            }
            for (int k = 1; k < 8 && until != Float.POSITIVE_INFINITY; k++) {
                float inside = from + (until - from) * k / 8;
                if (inside >= from && inside < until) {
                    assertEquals(count, steps.lines(inside), "inside the range of " + width);
                }
            }
        }
        assertTrue(wideRanges > 100, "the ranges reach past the width asked about: " + wideRanges);
    }
}
