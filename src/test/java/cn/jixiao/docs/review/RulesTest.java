package cn.jixiao.docs.review;

import static cn.jixiao.docs.review.PlanEdits.cell;
import static cn.jixiao.docs.review.PlanEdits.findings;
import static cn.jixiao.docs.review.PlanEdits.indicator;
import static cn.jixiao.docs.review.PlanEdits.indicators;
import static cn.jixiao.docs.review.PlanEdits.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule on the model plan with one fault put in (positive), and with near misses that are no fault (negative). */
class RulesTest {

    static final String V = "/projects/0/indicators/";

    static void raises(Consumer<ObjectNode> edit, String... expected) { assertEquals(Set.of(expected), findings(edit)); }

    static void raisesNothing(Consumer<ObjectNode> edit) { assertEquals(Set.of(), findings(edit)); }

    /**
     * One cell of the model plan's first project changed (row: 0 数量, 1 质量, 2 时效, 3 成本 of a 13 万元 budget,
     * 4 社会效益, 5 满意度): the findings it raises, separated by ;, or none. Near misses sit beside each rule's faults.
     */
    @ParameterizedTest(name = "[{index}] {0} {1} = {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // placeholder: masked numbers, template fields, empty or 「0」 cells
            "1 | value       | ≥**%              | placeholder error 1/value",
            "0 | value       | XX人              | placeholder error 0/value",
            "5 | value       | ≥X%               | placeholder error 5/value",
            "1 | description | {{描述}}          | placeholder error 1/description",
            "0 | description | ''                | placeholder error 0/description",
            "0 | description | 0                 | placeholder error 0/description",
            "0 | value       | ' '               | placeholder error 0/value",
            "0 | basis       | null              | placeholder error 0/basis",
            "0 | level3      | null              | placeholder error 0/level3",
            // value-not-quantified, for 数量、质量、时效、成本、满意度; deadlines are quantified
            "3 | value       | 按照文件规定的救助标准 | value-not-quantified warning 3/value",
            "2 | value       | 及时              | value-not-quantified warning 2/value",
            "5 | value       | 满意              | value-not-quantified warning 5/value",
            "3 | value       | ≤预算数           | value-not-quantified warning 3/value",
            "2 | value       | 年底前完成        | ",
            "2 | value       | 2025年6月30日前   | ",
            // value-vague: an effect may be qualitative, but not circular
            "4 | value       | 达到目标要求      | value-vague warning 4/value",
            "4 | value       | 基本达到预期。    | value-vague warning 4/value",
            "4 | value       | 明显提升          | ",
            "4 | value       | 辅警队伍保持稳定  | ",
            // value-without-unit
            "0 | value       | 242               | value-without-unit warning 0/value",
            "5 | value       | ≥95               | value-without-unit warning 5/value",
            "0 | value       | 242 人            | ",
            "5 | value       | ≥95％             | ",
            // value-malformed: a measure noun for the unit, words after the value, a ceiling on a floor rate
            "0 | value       | 242人数           | value-malformed warning 0/value",
            "1 | value       | ≥95良             | value-malformed warning 1/value",
            "1 | value       | 100%完成          | value-malformed warning 1/value",
            "5 | value       | ≤100%             | value-malformed warning 5/value",
            "1 | value       | ≤100%             | value-malformed warning 1/value",
            "0 | value       | 242名辅警         | ",
            "5 | value       | ≥90%（按年度问卷）| ",
            "3 | value       | ≤13万元           | ",
            // not-refined
            "0 | description | 保障辅警人数。    | not-refined warning 0/description",
            "4 | level3      | 社会效益          | not-refined warning 4/level3",
            "5 | level3      | 满意度            | not-refined warning 5/level3",
            "0 | value       | 保障辅警人数      | not-refined warning 0/value; value-not-quantified warning 0/value",
            "0 | description | 保障辅警人数（年度内纳入保障的在岗辅警） | ",
            "4 | level3      | 社会效益：辅警队伍稳定率 | ",
            // basis-repeats-value
            "0 | basis       | 242人             | basis-repeats-value warning 0/basis",
            "0 | basis       | 年度内纳入工会经费保障的公安辅警人数 | basis-repeats-value warning 0/basis",
            "5 | basis       | 问卷调查          | ",
            // basis-generic: nothing named once the generic words are gone
            "0 | basis       | 相关文件要求      | basis-generic note 0/basis",
            "0 | basis       | 按照上级有关规定  | basis-generic note 0/basis",
            "0 | basis       | 行业标准          | basis-generic note 0/basis",
            "0 | basis       | 国家相关政策      | basis-generic note 0/basis",
            "0 | basis       | 根据工作需要      | basis-generic note 0/basis",
            "0 | basis       | 县政府批示        | ",
            "0 | basis       | 冀财行【2023】98号 | ",
            "0 | basis       | 《工会经费收支管理办法》 | ",
            "0 | basis       | GB 5749-2022      | ",
            "0 | basis       | 历年工作完成情况  | ",
            "0 | basis       | 冀办法（2018）38号文件 | ",
            "0 | basis       | 2024年实际完成值  | ",
            // satisfaction-low
            "5 | value       | ≥70%              | satisfaction-low note 5/value",
            "5 | value       | ≥80%              | ",
            "5 | value       | ≥85%              | ",
            // timeliness-low
            "2 | value       | ≥50%              | timeliness-low note 2/value",
            "2 | value       | 100%              | ",
            // cost-over-budget, in 万元 or 元
            "3 | value       | ≤15万元           | cost-over-budget warning 3/value",
            "3 | value       | ≤140000元         | cost-over-budget warning 3/value",
            "3 | value       | ≤130000元         | ",
            "3 | value       | ≤537元/人         | ",
    })
    void oneCellChanged(int row, String field, String value, String expected) {
        Consumer<ObjectNode> edit = value == null ? p -> indicator(p, row).remove(field) : cell(row, field, value);
        Set<String> want = new TreeSet<>();
        if (expected != null) {
            for (String f : expected.split(";")) {
                String[] parts = f.strip().split(" ");
                want.add(parts[0] + " " + parts[1] + " " + V + parts[2]);
            }
        }
        assertEquals(want, findings(edit));
    }

    @Nested
    class Placeholder {
        @Test
        void templateLabelsWordsAndMasksInAnyTextAreErrors() {
            raises(p -> p.with("department").put("name", "XX县总工会"), "placeholder error /department/name");
            raises(p -> p.with("overview").putArray("overallGoal").add("内容1"), "placeholder error /overview/overallGoal");
            raises(p -> ((ObjectNode) p.with("overview").withArray("subGoals").get(0)).put("title", "目标２"),
                    "placeholder error /overview/subGoals/0/title");
            raises(p -> project(p, 0).withArray("goals").set(1, p.textNode("待填")), "placeholder error /projects/0/goals/1");
            raises(p -> project(p, 1).put("name", "职工书屋示例项目"), "placeholder error /projects/1/name");
            raises(p -> project(p, 0).put("purpose", "按××号文件拨付"), "placeholder error /projects/0/purpose");
        }

        @Test
        void nearMissesAreNoPlaceholders() {
            raisesNothing(p -> project(p, 0).put("purpose", "为公安辅警购置Xbox等文体用品"));
            raisesNothing(p -> project(p, 0).withArray("goals").set(1, p.textNode("目标一致，辅警队伍年度稳定率不低于95%。")));
            raisesNothing(p -> project(p, 1).put("name", "职工书屋示范项目2期"));
            raisesNothing(cell(0, "value", "0次").andThen(cell(0, "level3", "辅警违纪次数"))
                    .andThen(cell(0, "description", "年度内辅警违反工会纪律的次数")));
        }
    }

    @Test
    void aMalformedValueIsToldWhatToWrite() {
        Review r = PlanEdits.review(cell(0, "value", "242人数"));
        assertTrue(r.findings().get(0).message().contains("应写作「242人」"), r.findings().get(0).message());
    }

    @Test
    void aCeilingOnARateWhereLessIsBetterIsFine() {
        raisesNothing(cell(1, "level3", "资金拨付差错率").andThen(cell(1, "description", "拨付有误的资金占应拨资金的比例"))
                .andThen(cell(1, "value", "≤1%")));
    }

    @Test
    void aProgressByADateMayBeLow() {
        raisesNothing(cell(2, "level3", "6月底资金支出进度").andThen(cell(2, "description", "6月底已支出资金占预算的比例"))
                .andThen(cell(2, "value", "≥50%")));
    }

    @Nested
    class DuplicateIndicator {
        @Test
        void aRowCopiedUnderAnotherLevel2() {
            raises(p -> indicators(p).add(indicator(p, 0).deepCopy().put("level1", "效益指标").put("level2", "社会效益指标")
                    .put("value", "242 人")), "duplicate-indicator warning " + V + "6");
        }

        @Test
        void theSameNameWithAnotherValueIsAnotherIndicator() {
            raisesNothing(p -> indicators(p).add(indicator(p, 0).deepCopy().put("value", "≥240人")));
        }
    }

    @Nested
    class MissingDimension {
        @Test
        void aMissingLevel1IsAWarningAMissingQuantityOrQualityToo() {
            raises(p -> indicators(p).remove(5), "missing-dimension warning /projects/0/indicators");
            raises(p -> indicators(p).remove(0), "missing-dimension warning /projects/0/indicators");
            raises(p -> indicators(p).remove(4), "missing-dimension warning /projects/0/indicators");
        }

        @Test
        void aMissingTimeOrCostIsANote() {
            raises(p -> indicators(p).remove(2), "missing-dimension note /projects/0/indicators");
            raises(p -> indicators(p).remove(3), "missing-dimension note /projects/0/indicators");
        }

        @Test
        void aCostIndicatorOfThe2021FrameworkCounts() {
            raisesNothing(p -> {
                ObjectNode cost = indicator(p, 3).deepCopy().put("level1", "成本指标").put("level2", "经济成本指标");
                indicators(p).remove(3);
                indicators(p).add(cost);
            });
        }
    }

    @Nested
    class SpendingPlan {
        static Consumer<ObjectNode> plan(Integer march, Integer june, Integer october, Integer december) {
            return p -> {
                ObjectNode s = project(p, 0).putObject("spendingPlan");
                s.put("march", march);
                s.put("june", june);
                s.put("october", october);
                s.put("december", december);
            };
        }

        @Test
        void aPlanThatFallsOrStopsHalfWay() {
            raises(plan(30, 60, 50, 100), "spending-plan warning /projects/0/spendingPlan/october");
            raises(plan(25, 50, 75, 90), "spending-plan warning /projects/0/spendingPlan/december");
            raises(plan(25, 50, 75, null), "spending-plan warning /projects/0/spendingPlan/december");
        }

        @Test
        void aRisingPlanGapsOrNoPlanAtAll() {
            raisesNothing(plan(null, null, null, 100));
            raisesNothing(plan(0, 0, 80, 100));
            raisesNothing(p -> project(p, 0).remove("spendingPlan"));
        }
    }

    @Nested
    class GoalMissing {
        @Test
        void noGoalsOrGoalsTooShortToSayAnything() {
            raises(p -> project(p, 0).putArray("goals"), "goal-missing warning /projects/0/goals");
            raises(p -> project(p, 0).putArray("goals").add("帮扶"), "goal-missing warning /projects/0/goals");
            raises(p -> project(p, 0).put("goals", "帮扶职工。"), "goal-missing warning /projects/0/goals");
        }

        @Test
        void eightLettersSayEnoughAndAPlaceholderIsThePlaceholderRulesAlone() {
            raisesNothing(p -> project(p, 0).putArray("goals").add("为242名辅警拨付"));
            raises(p -> project(p, 0).putArray("goals").add("目标1"), "placeholder error /projects/0/goals");
        }
    }
}
