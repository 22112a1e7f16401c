package cn.jixiao.docs.contract;

import java.math.BigDecimal;
import java.util.List;

/**
 * The input contract: one department's yearly budget-performance plan, exactly as other systems send it.
 * Field names are public API. Optional fields are null when absent; lists are never null.
 */
public record Plan(Integer year, Department department, String status, String preparedBy, String reviewedBy,
                   String template, Overview overview, List<Project> projects) {

    public record Department(String code, String name, String unitLabel) {}

    /** 第一部分: 一、总体绩效目标, 二、分项绩效目标, 三、工作保障措施. */
    public record Overview(List<Paragraph> overallGoal, List<SubGoal> subGoals, List<Paragraph> measures) {}

    public record SubGoal(String title, String goal, String indicator, List<Paragraph> text) {}

    /** A paragraph of prose; a non-null title is printed bold, running into the text. */
    public record Paragraph(String title, String text) {}

    /** One 绩效目标表 of 第二部分. */
    public record Project(String code, String name, String unitLabel, Budget budget, String purpose,
                          SpendingPlan spendingPlan, List<String> goals, List<Indicator> indicators) {}

    /** 万元. {@code fiscal} and {@code other} are null when not given. */
    public record Budget(BigDecimal total, BigDecimal fiscal, BigDecimal other) {}

    /** Cumulative percentages spent by the end of each month named; each may be null. */
    public record SpendingPlan(BigDecimal march, BigDecimal june, BigDecimal october, BigDecimal december) {}

    public record Indicator(String level1, String level2, String level3, String description, String value,
                            String basis) {}
}
