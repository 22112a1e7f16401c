package cn.jixiao.docs.review;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code missing-dimension}: the framework of 财预〔2021〕101号 — every project has 产出, 效益 and 满意度 indicators
 * (warning); its 产出指标 has 数量 and 质量 indicators (warning) and, as a rule, 时效 and 成本 ones (note). A 2021-style
 * 成本指标 of the first level counts as the cost indicator. The names are the national framework's, not a
 * deployment's choice, so they are here rather than in the vocabulary.
 */
final class DimensionCheck implements ProjectCheck {

    private static final String OUTPUT = "产出指标";
    private static final String COST_LEVEL1 = "成本指标";
    private static final List<String> LEVEL1 = List.of(OUTPUT, "效益指标", "满意度指标");
    private static final List<String> OUTPUT_REQUIRED = List.of("数量指标", "质量指标");
    private static final List<String> OUTPUT_EXPECTED = List.of("时效指标", "成本指标");

    @Override
    public void check(ProjectRows p, Findings out) {
        Set<String> level1 = new HashSet<>();
        Set<String> outputs = new HashSet<>();
        for (Row r : p.rows()) {
            level1.add(r.indicator().level1());
            if (OUTPUT.equals(r.indicator().level1())) {
                outputs.add(r.indicator().level2());
            }
        }
        String path = p.path() + "/indicators";
        for (String l1 : LEVEL1) {
            if (!level1.contains(l1)) {
                out.add(Rule.MISSING_DIMENSION, Severity.WARNING, path, "level1", l1);
            }
        }
        if (!level1.contains(OUTPUT)) {
            return;
        }
        for (String l2 : OUTPUT_REQUIRED) {
            if (!outputs.contains(l2)) {
                out.add(Rule.MISSING_DIMENSION, Severity.WARNING, path, "level2", l2);
            }
        }
        for (String l2 : OUTPUT_EXPECTED) {
            boolean costElsewhere = l2.equals(COST_LEVEL1) && level1.contains(COST_LEVEL1);
            if (!outputs.contains(l2) && !costElsewhere) {
                out.add(Rule.MISSING_DIMENSION, Severity.NOTE, path, "level2", l2);
            }
        }
    }
}
