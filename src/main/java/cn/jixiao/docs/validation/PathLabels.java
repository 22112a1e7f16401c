package cn.jixiao.docs.validation;

import cn.jixiao.docs.problem.Messages;

/**
 * Turns a JSON Pointer into words a clerk recognises: {@code /projects/2/budget/total} → 「第 3 个项目 › 预算 › 预算数」.
 * Labels come from the messages file, keyed by the parent field and the field ({@code label.budget.total}).
 */
public final class PathLabels {

    private PathLabels() {}

    public static String describe(String pointer, Messages messages) {
        if (pointer == null || pointer.isEmpty()) {
            return "";
        }
        String[] parts = pointer.substring(1).split("/", -1);
        java.util.List<String> labels = new java.util.ArrayList<>();
        String parent = null;
        for (String raw : parts) {
            String part = JsonPointer.unescape(raw);
            if (isIndex(part) && parent != null) {
                // 「第 3 个项目」 names the list and the item at once, so it replaces the list's own label.
                labels.remove(labels.size() - 1);
                labels.add(messages.format("where.item", Integer.parseInt(part) + 1, labelFor(itemNoun(parent), messages)));
                continue;
            }
            String label = parent == null ? null : messages.getOrNull("label." + parent + "." + part);
            if (label == null) {
                label = messages.getOrNull("label." + part);
            }
            labels.add(label == null ? part : label);
            parent = part;
        }
        return String.join(messages.get("where.separator"), labels);
    }

    /** The noun for one item of a list field: a project of projects, a paragraph of overallGoal. */
    private static String itemNoun(String listField) {
        return switch (listField) {
            case "projects", "indicators", "goals", "subGoals" -> listField;
            default -> "paragraph";
        };
    }

    private static String labelFor(String key, Messages messages) {
        String label = messages.getOrNull("label." + key);
        if (key.equals("projects")) {
            return label;
        }
        if (key.equals("subGoals")) {
            return messages.get("label.overview.subGoals");
        }
        return label == null ? key : label;
    }

    private static boolean isIndex(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
