package cn.jixiao.docs.review;

import cn.jixiao.docs.contract.Plan;

/**
 * {@code not-refined} (warning): the 三级指标 is the indicator's name, and the cells beside it must add to it. The
 * description or the value only repeating it, or a 三级指标 that only repeats its category (「社会效益」 under
 * 社会效益指标), is a row nobody refined. Cells compare as {@link Text#same} does: white space, full-width forms and
 * end punctuation do not make them different.
 */
final class RefinementCheck implements RowCheck {

    private static final String LEVEL_SUFFIX = "指标";

    @Override
    public void check(Row row, Findings out) {
        Plan.Indicator i = row.indicator();
        Cells c = row.cells();
        String name = i.level3();
        if (c.level3().isEmpty()) {
            return;
        }
        String category = repeatedCategory(c, i);
        if (category != null) {
            out.add(Rule.NOT_REFINED, Severity.WARNING, row.path("level3"), "level", Text.quote(name), category);
        }
        if (Text.same(c.level3(), c.description())) {
            out.add(Rule.NOT_REFINED, Severity.WARNING, row.path("description"), "description", Text.quote(name));
        }
        if (Text.same(c.level3(), c.value())) {
            out.add(Rule.NOT_REFINED, Severity.WARNING, row.path("value"), "value", Text.quote(name));
        }
    }

    /** The level1 or level2 the 三级指标 repeats, with or without the word 指标, or null. */
    private static String repeatedCategory(Cells c, Plan.Indicator i) {
        if (Text.same(c.level3(), c.level2()) || Text.same(c.level3() + LEVEL_SUFFIX, c.level2())) {
            return i.level2();
        }
        if (Text.same(c.level3(), c.level1()) || Text.same(c.level3() + LEVEL_SUFFIX, c.level1())) {
            return i.level1();
        }
        return null;
    }
}
