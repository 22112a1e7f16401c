package cn.jixiao.docs.validation;

import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.problem.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The contract's semantic rules, run on a structurally sound {@link Plan}; every problem is collected. */
final class PlanRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProblemCollector problems;
    private final Deployment deployment;
    /** Characters the fonts cannot draw in some style, each with the first field that holds it, by code point. */
    private final Map<Deployment.Glyph, Map<Integer, String>> glyphs = new java.util.EnumMap<>(Deployment.Glyph.class);

    PlanRules(ProblemCollector problems, Deployment deployment) {
        this.problems = problems;
        this.deployment = deployment;
    }

    void check(Plan plan) {
        if (plan.year() != null && (plan.year() < 2000 || plan.year() > 2100)) {
            problems.error("/year", "error.yearRange", plan.year());
        }
        if (plan.department() != null) {
            name("/department/code", plan.department().code());
            name("/department/name", plan.department().name());
            name("/department/unitLabel", plan.department().unitLabel());
        }
        name("/status", plan.status());
        name("/preparedBy", plan.preparedBy());
        name("/reviewedBy", plan.reviewedBy());
        template(plan.template());
        overview(plan.overview());
        if (plan.projects().isEmpty()) {
            problems.warning("/projects", "warning.noProjects");
        } else if (plan.projects().size() > Limits.MAX_PROJECTS) {
            problems.error("/projects", "error.tooManyProjects", plan.projects().size(), Limits.MAX_PROJECTS);
        }
        for (int i = 0; i < plan.projects().size(); i++) {
            project("/projects/" + i, plan.projects().get(i));
        }
        glyphWarnings();
    }

    /** Not printed, so only its form and whether the deployment has it; its name is never looked up as a path. */
    private void template(String name) {
        if (name == null) {
            return;
        }
        if (!characters("/template", name, Limits.MAX_NAME, false)) {
            return;
        }
        if (!deployment.hasTemplate(name)) {
            problems.error("/template", "error.unknownTemplate", name, String.join("、", deployment.templateNames()));
        }
    }

    private void glyphWarnings() {
        glyphs.getOrDefault(Deployment.Glyph.MISSING, Map.of()).forEach((cp, path) ->
                problems.warning(path, "warning.missingGlyph", shown(cp), hex(cp)));
        Messages m = problems.messages();
        glyphs.getOrDefault(Deployment.Glyph.SANS_ONLY, Map.of()).forEach((cp, path) ->
                problems.warning(path, "warning.substitutedGlyph", shown(cp), hex(cp), m.get("glyph.serif"), m.get("glyph.sans")));
    }

    private static String shown(int cp) { return new String(Character.toChars(cp)); }

    private static String hex(int cp) { return String.format("%04X", cp); }

    private void overview(Plan.Overview overview) {
        paragraphs("/overview/overallGoal", overview.overallGoal());
        for (int i = 0; i < overview.subGoals().size(); i++) {
            Plan.SubGoal g = overview.subGoals().get(i);
            String path = "/overview/subGoals/" + i;
            name(path + "/title", g.title());
            text(path + "/goal", g.goal());
            text(path + "/indicator", g.indicator());
            paragraphs(path + "/text", g.text());
        }
        paragraphs("/overview/measures", overview.measures());
    }

    private void paragraphs(String path, List<Plan.Paragraph> paragraphs) {
        boolean single = paragraphs.size() == 1;
        for (int i = 0; i < paragraphs.size(); i++) {
            Plan.Paragraph p = paragraphs.get(i);
            // A list given as one string has no index in the input, so its problems point at the field itself.
            String itemPath = single && p.title() == null ? path : path + "/" + i;
            if (p.title() == null) {
                text(itemPath, p.text());
            } else {
                name(itemPath + "/title", p.title());
                text(itemPath + "/text", p.text());
            }
        }
    }

    private void project(String path, Plan.Project p) {
        name(path + "/code", p.code());
        name(path + "/name", p.name());
        name(path + "/unitLabel", p.unitLabel());
        text(path + "/purpose", p.purpose());
        for (int i = 0; i < p.goals().size(); i++) {
            text(p.goals().size() == 1 ? path + "/goals" : path + "/goals/" + i, p.goals().get(i));
        }
        if (p.budget() != null) {
            budget(path + "/budget", p.budget());
        }
        if (p.spendingPlan() != null) {
            spendingPlan(path + "/spendingPlan", p.spendingPlan());
        }
        if (p.indicators().size() > Limits.MAX_INDICATORS) {
            problems.error(path + "/indicators", "error.tooManyIndicators", p.indicators().size(), Limits.MAX_INDICATORS);
        }
        for (int i = 0; i < p.indicators().size(); i++) {
            indicator(path + "/indicators/" + i, p.indicators().get(i));
        }
    }

    private void budget(String path, Plan.Budget b) {
        money(path + "/total", b.total());
        money(path + "/fiscal", b.fiscal());
        money(path + "/other", b.other());
        if (b.total() != null && b.fiscal() != null) {
            BigDecimal other = b.other() == null ? BigDecimal.ZERO : b.other();
            BigDecimal sum = b.fiscal().add(other);
            if (sum.compareTo(b.total()) != 0) {
                problems.error(path + "/total", "error.budgetMismatch", plain(b.total()), plain(b.fiscal()),
                        plain(other), plain(sum));
            }
        }
    }

    private void money(String path, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            problems.error(path, "error.negativeMoney", plain(amount));
        }
        if (amount.stripTrailingZeros().scale() > Limits.PRINTED_DECIMALS) {
            problems.warning(path, "warning.moneyDecimals", plain(amount),
                    amount.setScale(Limits.PRINTED_DECIMALS, RoundingMode.HALF_UP).toPlainString());
        }
    }

    private void percentDecimals(String path, BigDecimal v) {
        if (v.stripTrailingZeros().scale() > Limits.PRINTED_DECIMALS) {
            problems.warning(path, "warning.percentDecimals", plain(v),
                    v.setScale(Limits.PRINTED_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
    }

    /** Only the hard limit: whether the plan is sensible (rising, complete by December) is the review's concern. */
    private void spendingPlan(String path, Plan.SpendingPlan s) {
        String[] names = {"march", "june", "october", "december"};
        BigDecimal[] values = {s.march(), s.june(), s.october(), s.december()};
        for (int i = 0; i < values.length; i++) {
            BigDecimal v = values[i];
            if (v != null && (v.signum() < 0 || v.compareTo(HUNDRED) > 0)) {
                problems.error(path + "/" + names[i], "error.percentRange", plain(v));
            } else if (v != null) {
                percentDecimals(path + "/" + names[i], v);
            }
        }
    }

    private void indicator(String path, Plan.Indicator ind) {
        name(path + "/level1", ind.level1());
        name(path + "/level2", ind.level2());
        name(path + "/level3", ind.level3());
        text(path + "/description", ind.description());
        text(path + "/value", ind.value());
        text(path + "/basis", ind.basis());
        if (ind.level1() == null) {
            return;
        }
        if (!Framework.level1Values().contains(ind.level1())) {
            problems.error(path + "/level1", "error.level1", ind.level1(), String.join("、", Framework.level1Values()));
        } else if (ind.level2() != null && !Framework.level2Values(ind.level1()).contains(ind.level2())) {
            problems.error(path + "/level2", "error.level2", ind.level2(), ind.level1(),
                    String.join("、", Framework.level2Values(ind.level1())));
        }
    }

    /** A name, code or title: printed on a cover, in a table header and in the file name. */
    private void name(String path, String value) {
        if (value != null && characters(path, value, Limits.MAX_NAME, true)) {
            coverage(path, value);
        }
    }

    /** Prose: a paragraph, a goal, an indicator's description, value or basis. */
    private void text(String path, String value) {
        if (value != null && characters(path, value, Limits.MAX_TEXT, false)) {
            coverage(path, value);
        }
    }

    /**
     * Length, control characters, lone surrogates (half of a character, left by a broken copy or an escaped
     * "\\ud800" in JSON) and noncharacters: none can be printed, and a lone surrogate cannot even be written as XML. False when
     * the value has one of them, so no further check reads it.
     */
    private boolean characters(String path, String value, int max, boolean name) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            problems.error(path, name ? "error.nameTooLong" : "error.textTooLong", length, max);
            return false;
        }
        int position = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            position++;
            boolean windowsNewline = c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n';
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && !windowsNewline) {
                problems.error(path, "error.controlChar", String.format("U+%04X", (int) c), position);
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = value.codePointAt(i);
                i++;
                if (nonCharacter(cp)) {
                    problems.error(path, "error.nonCharacter", String.format("U+%04X", cp), position);
                    return false;
                }
            } else if (Character.isSurrogate(c)) {
                problems.error(path, "error.loneSurrogate", String.format("U+%04X", (int) c), position);
                return false;
            } else if (nonCharacter(c)) {
                problems.error(path, "error.nonCharacter", String.format("U+%04X", (int) c), position);
                return false;
            }
        }
        return true;
    }

    /** U+FDD0..U+FDEF and the last two code points of every plane: reserved never to be characters. */
    private static boolean nonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /** Notes, by its first field, each character the configured fonts cannot draw in both styles. */
    private void coverage(String path, String value) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x7f || Character.isWhitespace(cp)) {
                continue; // Latin letters, digits and ASCII punctuation: the bundled Latin face always has them
            }
            Deployment.Glyph g = deployment.glyph(cp);
            if (g != Deployment.Glyph.DRAWN) {
                glyphs.computeIfAbsent(g, k -> new TreeMap<>()).putIfAbsent(cp, path);
            }
        }
    }

    private static String plain(BigDecimal v) { return v.toPlainString(); }
}
