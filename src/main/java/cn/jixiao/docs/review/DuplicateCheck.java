package cn.jixiao.docs.review;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code duplicate-indicator} (warning): a row of a project with the same 三级指标, description and value as an
 * earlier row (white space and full-width forms aside), under the same or another 二级指标. The later copy is
 * reported, naming the first.
 */
final class DuplicateCheck implements ProjectCheck {

    @Override
    public void check(ProjectRows p, Findings out) {
        Map<String, Row> first = new HashMap<>();
        for (Row r : p.rows()) {
            Cells c = r.cells();
            String key = c.level3() + '\u0000' + c.description() + '\u0000' + c.value();
            if (key.length() == 2) {
                continue; // three empty cells: the placeholder check's concern, not a copy
            }
            Row earlier = first.putIfAbsent(key, r);
            if (earlier != null) {
                out.add(Rule.DUPLICATE_INDICATOR, Severity.WARNING, r.path(), "row", earlier.index() + 1,
                        earlier.indicator().level1(), earlier.indicator().level2());
            }
        }
    }
}
