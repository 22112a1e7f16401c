package cn.jixiao.docs.review;

import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.validation.PathLabels;
import java.util.ArrayList;
import java.util.List;

/** Gathers the findings of one review, in the order the checks meet them. Not shared between threads. */
final class Findings {

    private final List<Finding> list = new ArrayList<>();

    /** {@code variant} picks the message: {@code finding.<rule>.<variant>} in review/messages.properties. */
    void add(Rule rule, Severity severity, String path, String variant, Object... args) {
        String message = ReviewText.get().format("finding." + rule.id() + "." + variant, args);
        list.add(new Finding(rule, severity, path, PathLabels.describe(path, Messages.get()), message));
    }

    List<Finding> list() { return List.copyOf(list); }
}
