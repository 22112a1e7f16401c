package cn.jixiao.docs.template;

import cn.jixiao.docs.contract.Plan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a template sees: the normalized plan as plain maps and lists, with the few things a template language is
 * bad at done here: money as two-decimal text, prose split into paragraphs at newlines, indicators grouped by
 * level1 and level2 with the row counts that merged cells need, and whether a sub-goal's title, a project's name
 * and each goal already carry their own numbers, which the template then does not add again.
 */
final class TemplateData {

    /** A list number a clerk typed: 「1、」「2.」「一、」「（一）」「(3)」; not a decimal (「2.5万元」) nor a year (「2024年」). */
    private static final Pattern OWN_NUMBER = Pattern.compile(
            "\\s*(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[、.．](?!\\d)|[（(](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[)）]).*",
            Pattern.DOTALL);

    private TemplateData() {}

    static Map<String, Object> of(Plan plan) {
        Map<String, Object> m = new HashMap<>();
        m.put("year", plan.year());
        Plan.Department d = plan.department();
        m.put("department", map("code", d.code(), "name", d.name(), "unitLabel", d.unitLabel()));
        put(m, "status", plan.status());
        put(m, "preparedBy", plan.preparedBy());
        put(m, "reviewedBy", plan.reviewedBy());
        Plan.Overview o = plan.overview();
        List<Map<String, Object>> subGoals = new ArrayList<>();
        for (Plan.SubGoal g : o.subGoals()) {
            Map<String, Object> sg = map("title", g.title(), "text", paragraphs(g.text()),
                    "numbered", ownNumber(g.title()));
            put(sg, "goal", g.goal());
            put(sg, "indicator", g.indicator());
            subGoals.add(sg);
        }
        m.put("overview", map("overallGoal", paragraphs(o.overallGoal()), "subGoals", subGoals,
                "measures", paragraphs(o.measures())));
        List<Map<String, Object>> projects = new ArrayList<>();
        for (Plan.Project p : plan.projects()) {
            projects.add(project(p));
        }
        m.put("projects", projects);
        return m;
    }

    private static Map<String, Object> project(Plan.Project p) {
        Map<String, Object> m = map("code", p.code(), "name", p.name(), "unitLabel", p.unitLabel(),
                "purpose", p.purpose() == null ? "" : p.purpose(), "goals", p.goals(),
                "goalNumbered", p.goals().stream().map(TemplateData::ownNumber).toList(),
                "numbered", ownNumber(p.name()));
        m.put("budget", map("total", money(p.budget().total()), "fiscal", money(p.budget().fiscal()),
                "other", money(p.budget().other())));
        Plan.SpendingPlan s = p.spendingPlan();
        m.put("spendingPlan", map("march", percent(s.march()), "june", percent(s.june()),
                "october", percent(s.october()), "december", percent(s.december())));
        m.put("indicatorGroups", groups(p.indicators()));
        return m;
    }

    /** level1 groups of level2 groups of consecutive rows; the indicators arrive already in framework order. */
    private static List<Map<String, Object>> groups(List<Plan.Indicator> indicators) {
        Map<String, Map<String, List<Map<String, Object>>>> tree = new LinkedHashMap<>();
        for (Plan.Indicator i : indicators) {
            tree.computeIfAbsent(i.level1(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(i.level2(), k -> new ArrayList<>())
                    .add(map("level1", i.level1(), "level2", i.level2(), "level3", orEmpty(i.level3()),
                            "description", orEmpty(i.description()), "value", orEmpty(i.value()),
                            "basis", orEmpty(i.basis())));
        }
        List<Map<String, Object>> level1s = new ArrayList<>();
        tree.forEach((level1, byLevel2) -> {
            List<Map<String, Object>> level2s = new ArrayList<>();
            int rows = 0;
            for (var e : byLevel2.entrySet()) {
                level2s.add(map("level2", e.getKey(), "rows", e.getValue().size(), "indicators", e.getValue()));
                rows += e.getValue().size();
            }
            level1s.add(map("level1", level1, "rows", rows, "level2Groups", level2s));
        });
        return level1s;
    }

    /** Each paragraph is split at newlines; a title stays with the first part. */
    private static List<Map<String, Object>> paragraphs(List<Plan.Paragraph> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Plan.Paragraph p : list) {
            String[] lines = (p.text() == null ? "" : p.text()).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                boolean first = i == 0;
                if (lines[i].isEmpty() && !(first && p.title() != null)) {
                    continue;
                }
                Map<String, Object> para = map("text", lines[i]);
                if (first && p.title() != null) {
                    para.put("title", p.title());
                }
                out.add(para);
            }
        }
        return out;
    }

    private static boolean ownNumber(String text) { return text != null && OWN_NUMBER.matcher(text).matches(); }

    private static String money(BigDecimal v) { return v == null ? "" : v.toPlainString(); }

    /** Percentages print as given, without a trailing .0 (100, 37.5). */
    private static String percent(BigDecimal v) { return v == null ? "" : v.stripTrailingZeros().toPlainString(); }

    private static String orEmpty(String s) { return s == null ? "" : s; }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
