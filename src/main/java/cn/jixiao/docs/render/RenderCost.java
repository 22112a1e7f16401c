package cn.jixiao.docs.render;

import cn.jixiao.docs.contract.Plan;
import java.util.Set;

/**
 * The heap a render of a plan is estimated to need at its peak, from what drives it: the characters laid out (each
 * becomes a measured atom, a positioned glyph and its share of the writers' output) and the table cells (each
 * becomes a laid-out cell in the PDF and its WordprocessingML). The factors come from the smallest heap each of
 * a series of plans rendered in, both formats (1 to 500 projects of 80 indicators, short and long texts; see
 * docs/service.md, "Memory"): about 2.2 KB a cell and 160 bytes a character above what the service holds idle.
 * They err on the high side, so an admitted render fits.
 */
public final class RenderCost {

    /** What any render holds at once besides the plan: the model, the page list, the writers' buffers. */
    static final long BASE = 8L << 20;
    static final long PER_CHARACTER = 100;
    static final long PER_CELL = 1_400;
    /** The second format costs less than the first: the layout is shared. */
    static final double SECOND_FORMAT = 0.6;

    private RenderCost() {}

    public static long bytes(Plan plan, Set<Format> formats) {
        long characters = 0;
        long cells = 0;
        characters += length(plan.department().name()) + length(plan.department().unitLabel())
                + length(plan.status()) + length(plan.preparedBy()) + length(plan.reviewedBy());
        for (Plan.Paragraph p : plan.overview().overallGoal()) {
            characters += length(p.title()) + length(p.text());
        }
        for (Plan.SubGoal g : plan.overview().subGoals()) {
            characters += length(g.title()) + length(g.goal()) + length(g.indicator());
            for (Plan.Paragraph p : g.text()) {
                characters += length(p.title()) + length(p.text());
            }
        }
        for (Plan.Paragraph p : plan.overview().measures()) {
            characters += length(p.title()) + length(p.text());
        }
        for (Plan.Project pr : plan.projects()) {
            characters += length(pr.code()) + length(pr.name()) + length(pr.unitLabel()) + length(pr.purpose()) + 40;
            for (String goal : pr.goals()) {
                characters += length(goal);
            }
            cells += 24; // the table's head: unit, name, budget, spending plan, goals
            for (Plan.Indicator i : pr.indicators()) {
                characters += length(i.level1()) + length(i.level2()) + length(i.level3()) + length(i.description())
                        + length(i.value()) + length(i.basis());
                cells += 6;
            }
        }
        double perFormat = characters * (double) PER_CHARACTER + cells * (double) PER_CELL;
        double factor = formats.size() <= 1 ? 1 : 1 + SECOND_FORMAT * (formats.size() - 1);
        return BASE + (long) (perFormat * factor);
    }

    private static long length(String s) { return s == null ? 0 : s.length(); }
}
