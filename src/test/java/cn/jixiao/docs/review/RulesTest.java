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
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule on the model plan with one fault put in (positive), and with near misses that are no fault (negative). */
class RulesTest {

    static final String V = "/projects/0/indicators/";

    static void raises(Consumer<ObjectNode> edit, String... expected) { assertEquals(Set.of(expected), findings(edit)); }

    static void raisesNothing(Consumer<ObjectNode> edit) { assertEquals(Set.of(), findings(edit)); }

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
            raises(cell(1, "description", "{{描述}}"), "placeholder error " + V + "1/description");
        }

        @Test
        void maskedNumbersInAValueAreErrors() {
            raises(cell(1, "value", "≥**%"), "placeholder error " + V + "1/value");
            raises(cell(0, "value", "XX人"), "placeholder error " + V + "0/value");
            raises(cell(5, "value", "≥X%"), "placeholder error " + V + "5/value");
        }

        @Test
        void emptyOrZeroCellsAreErrors() {
            raises(cell(0, "description", ""), "placeholder error " + V + "0/description");
            raises(cell(0, "description", "0"), "placeholder error " + V + "0/description");
            raises(p -> indicator(p, 0).remove("basis"), "placeholder error " + V + "0/basis");
            raises(p -> indicator(p, 0).remove("level3"), "placeholder error " + V + "0/level3");
            raises(cell(0, "value", " "), "placeholder error " + V + "0/value");
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

    @Nested
    class ValueNotQuantified {
        @Test
        void wordsForAQuantityQualityTimeCostOrSatisfactionTarget() {
            raises(cell(3, "value", "按照文件规定的救助标准"), "value-not-quantified warning " + V + "3/value");
            raises(cell(2, "value", "及时"), "value-not-quantified warning " + V + "2/value");
            raises(cell(5, "value", "满意"), "value-not-quantified warning " + V + "5/value");
            raises(cell(3, "value", "≤预算数"), "value-not-quantified warning " + V + "3/value");
        }

        @Test
        void effectsMayBeQualitativeAndDeadlinesAreQuantified() {
            raisesNothing(cell(4, "value", "明显提升"));
            raisesNothing(cell(2, "value", "年底前完成"));
            raisesNothing(cell(2, "value", "2025年6月30日前"));
        }
    }

    @Nested
    class ValueVague {
        @Test
        void anEffectThatOnlyRestatesTheGoal() {
            raises(cell(4, "value", "达到目标要求"), "value-vague warning " + V + "4/value");
            raises(cell(4, "value", "基本达到预期。"), "value-vague warning " + V + "4/value");
        }

        @Test
        void aQualitativeEffectThatSaysHowMuchIsNotVague() {
            raisesNothing(cell(4, "value", "明显提升"));
            raisesNothing(cell(4, "value", "辅警队伍保持稳定"));
        }
    }

    @Nested
    class ValueWithoutUnit {
        @Test
        void aBareNumber() {
            raises(cell(0, "value", "242"), "value-without-unit warning " + V + "0/value");
            raises(cell(5, "value", "≥95"), "value-without-unit warning " + V + "5/value");
        }

        @Test
        void withAUnitOrPercent() {
            raisesNothing(cell(0, "value", "242 人"));
            raisesNothing(cell(5, "value", "≥95％"));
        }
    }

    @Nested
    class ValueMalformed {
        @Test
        void aMeasureNounForTheUnitWordsAfterTheValueOrACeilingOnARate() {
            raises(cell(0, "value", "242人数"), "value-malformed warning " + V + "0/value");
            raises(cell(1, "value", "≥95良"), "value-malformed warning " + V + "1/value");
            raises(cell(1, "value", "100%完成"), "value-malformed warning " + V + "1/value");
            raises(cell(5, "value", "≤100%"), "value-malformed warning " + V + "5/value");
            raises(cell(1, "value", "≤100%"), "value-malformed warning " + V + "1/value");
        }

        @Test
        void theMessageSaysWhatToWrite() {
            Review r = PlanEdits.review(cell(0, "value", "242人数"));
            assertTrue(r.findings().get(0).message().contains("应写作「242人」"), r.findings().get(0).message());
        }

        @Test
        void aCeilingOnARateWhereLessIsBetterACountedNounAndABracketedNoteAreFine() {
            raisesNothing(cell(1, "level3", "资金拨付差错率").andThen(cell(1, "description", "拨付有误的资金占应拨资金的比例"))
                    .andThen(cell(1, "value", "≤1%")));
            raisesNothing(cell(0, "value", "242名辅警"));
            raisesNothing(cell(5, "value", "≥90%（按年度问卷）"));
            raisesNothing(cell(3, "value", "≤13万元"));
        }
    }

    @Nested
    class NotRefined {
        @Test
        void aCellThatOnlyRepeatsTheName() {
            raises(cell(0, "description", "保障辅警人数。"), "not-refined warning " + V + "0/description");
            raises(cell(4, "level3", "社会效益"), "not-refined warning " + V + "4/level3");
            raises(cell(5, "level3", "满意度"), "not-refined warning " + V + "5/level3");
            raises(cell(0, "value", "保障辅警人数"), "not-refined warning " + V + "0/value",
                    "value-not-quantified warning " + V + "0/value");
        }

        @Test
        void aDescriptionThatSaysMore() {
            raisesNothing(cell(0, "description", "保障辅警人数（年度内纳入保障的在岗辅警）"));
            raisesNothing(cell(4, "level3", "社会效益：辅警队伍稳定率"));
        }
    }

    @Nested
    class BasisRepeatsValue {
        @Test
        void theBasisRepeatsTheValueOrTheDescription() {
            raises(cell(0, "basis", "242人"), "basis-repeats-value warning " + V + "0/basis");
            raises(cell(0, "basis", "年度内纳入工会经费保障的公安辅警人数"), "basis-repeats-value warning " + V + "0/basis");
        }

        @Test
        void aBasisOfItsOwn() {
            raisesNothing(cell(5, "basis", "问卷调查"));
        }
    }

    @Nested
    class BasisGeneric {
        @ParameterizedTest
        @ValueSource(strings = {"相关文件要求", "按照上级有关规定", "行业标准", "国家相关政策", "根据工作需要"})
        void aBasisThatNamesNothing(String basis) {
            raises(cell(0, "basis", basis), "basis-generic note " + V + "0/basis");
        }

        @ParameterizedTest
        @ValueSource(strings = {"县政府批示", "冀财行【2023】98号", "《工会经费收支管理办法》", "GB 5749-2022", "历年工作完成情况",
                "冀办法（2018）38号文件", "2024年实际完成值"})
        void aBasisThatNamesADocumentAPlanOrAStandard(String basis) {
            raisesNothing(cell(0, "basis", basis));
        }
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
    class SatisfactionLow {
        @Test
        void aSatisfactionTargetUnder80Percent() {
            raises(cell(5, "value", "≥70%"), "satisfaction-low note " + V + "5/value");
        }

        @Test
        void eightyPercentAndAboveAreCommon() {
            raisesNothing(cell(5, "value", "≥80%"));
            raisesNothing(cell(5, "value", "≥85%"));
        }
    }

    @Nested
    class TimelinessLow {
        @Test
        void aTimelinessRateUnder80Percent() {
            raises(cell(2, "value", "≥50%"), "timeliness-low note " + V + "2/value");
        }

        @Test
        void aProgressByADateMayBeLowAndAFullRateIsFine() {
            raisesNothing(cell(2, "level3", "6月底资金支出进度").andThen(cell(2, "description", "6月底已支出资金占预算的比例"))
                    .andThen(cell(2, "value", "≥50%")));
            raisesNothing(cell(2, "value", "100%"));
        }
    }

    @Nested
    class CostOverBudget {
        @Test
        void aCostAboveTheBudgetInWanYuanOrYuan() {
            raises(cell(3, "value", "≤15万元"), "cost-over-budget warning " + V + "3/value");
            raises(cell(3, "value", "≤140000元"), "cost-over-budget warning " + V + "3/value");
        }

        @Test
        void aCostWithinTheBudget() {
            raisesNothing(cell(3, "value", "≤130000元"));
            raisesNothing(cell(3, "value", "≤537元/人"));
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
