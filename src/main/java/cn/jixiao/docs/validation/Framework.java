package cn.jixiao.docs.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national performance-indicator framework: the allowed level1 values, which level2 belongs to each, and the
 * order the 绩效目标表 lists them in (成本指标 as its own level is the 2021 framework, and comes last).
 */
public final class Framework {

    private static final Map<String, List<String>> LEVELS = levels();

    private Framework() {}

    private static Map<String, List<String>> levels() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"));
        m.put("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
        m.put("满意度指标", List.of("服务对象满意度指标"));
        m.put("成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));
        return m;
    }

    public static List<String> level1Values() { return List.copyOf(LEVELS.keySet()); }

    /** The level2 values allowed under {@code level1}, or an empty list when level1 is unknown. */
    public static List<String> level2Values(String level1) { return LEVELS.getOrDefault(level1, List.of()); }

    /** Sort key: framework position of level1, then of level2 (unknown ones last, which validation prevents). */
    public static int rank(String level1, String level2) {
        int i1 = level1Values().indexOf(level1);
        int i2 = level2Values(level1).indexOf(level2);
        return (i1 < 0 ? 99 : i1) * 100 + (i2 < 0 ? 99 : i2);
    }
}
