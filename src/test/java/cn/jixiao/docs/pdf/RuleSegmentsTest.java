package cn.jixiao.docs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.docs.page.PageLayout.Rule;
import cn.jixiao.docs.pdf.RuleSegments.Stroke;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The strokes a page's rules become: pieces of one line and width joined; the others first, then the horizontal and
 * the vertical ones, each by width, line (from the page's foot, or its left) and start.
 */
class RuleSegmentsTest {

    private static final float PAGE = 100;

    @Test
    void piecesThatMeetOrOverlapOnOneLineAndWidthBecomeOneStroke() {
        List<Stroke> strokes = RuleSegments.of(List.of(
                new Rule(30, 10, 50, 10, 0.5f),   // meets the next piece at 30
                new Rule(10, 10, 30, 10, 0.5f),
                new Rule(40, 10, 45, 10, 0.5f),   // inside the first
                new Rule(60, 10, 70, 10, 0.5f),   // a gap before it: a stroke of its own
                new Rule(20, 10, 25, 10, 1f),     // the same line, another width
                new Rule(5, 40, 15, 40, 0.5f),    // another line
                new Rule(20, 90, 20, 60, 0.5f),   // vertical, drawn bottom to top or top to bottom alike
                new Rule(20, 60, 20, 50, 0.5f),
                new Rule(0, 0, 10, 10, 0.5f)),    // neither: as it is, first
                PAGE);
        assertEquals(List.of(
                new Stroke(0, 10000, 1000, 9000, 0.5f),
                new Stroke(500, 6000, 1500, 6000, 0.5f),
                new Stroke(1000, 9000, 5000, 9000, 0.5f),
                new Stroke(6000, 9000, 7000, 9000, 0.5f),
                new Stroke(2000, 9000, 2500, 9000, 1f),
                new Stroke(2000, 1000, 2000, 5000, 0.5f)), strokes);
    }

    @Test
    void piecesTheSameToTheHundredthAreJoinedAndLongerOnesWin() {
        List<Stroke> strokes = RuleSegments.of(List.of(
                new Rule(10, 20, 20.004f, 20, 0.5f),
                new Rule(10.001f, 20.002f, 30, 20.002f, 0.5f),
                new Rule(10, 20, 15, 20, 0.5f)), PAGE);
        assertEquals(List.of(new Stroke(1000, 8000, 3000, 8000, 0.5f)), strokes);
    }

    @Test
    void rulesBeyondWhatTheQuickSortPacksAreJoinedAlike() {
        // 6,000 pt is past the packed sort's range, so these pieces take the comparator's sort.
        float far = 6000;
        List<Stroke> strokes = RuleSegments.of(List.of(
                new Rule(far + 30, 10, far + 50, 10, 0.5f),
                new Rule(far + 10, 10, far + 30, 10, 0.5f),
                new Rule(far + 20, 10, far + 25, 10, 1f),
                new Rule(5, 40, 15, 40, 0.5f)), PAGE);
        assertEquals(List.of(
                new Stroke(500, 6000, 1500, 6000, 0.5f),
                new Stroke(601000, 9000, 605000, 9000, 0.5f),
                new Stroke(602000, 9000, 602500, 9000, 1f)), strokes);
    }
}
