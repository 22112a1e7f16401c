package cn.jixiao.docs.problem;

import cn.jixiao.docs.problem.Messages;

/**
 * One thing wrong with an input: where (a JSON Pointer, and for unparsable JSON a line and column), how bad, and a
 * message a finance clerk understands. {@code where} is the same location in words (第 3 个项目 › 预算 › 预算数).
 */
public record Problem(String path, Severity severity, String message, String where, Integer line, Integer column) {

    public enum Severity {
        ERROR, WARNING;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /**
     * A problem of the input as a whole, at no place in it (a batch input that cannot be read, a glyph of the
     * template's own words), worded by the message {@code key} of the messages file.
     */
    public static Problem of(Severity severity, String key, Object... args) {
        return new Problem("", severity, Messages.get().format(key, args), "", null, null);
    }

    public boolean isError() { return severity == Severity.ERROR; }

    /** Where, in words: {@code where}, or for unparsable JSON (which has no pointer worth showing) line and column. */
    public String location(Messages messages) {
        if ((where == null || where.isEmpty()) && line != null) {
            return messages.format("location.lineColumn", line, column);
        }
        return where == null ? "" : where;
    }

    /** One line for a terminal or a log: 「/projects/2/budget/total (第 3 个项目 › 预算 › 预算数): message」. */
    public String describe(Messages messages) {
        StringBuilder sb = new StringBuilder(messages.get(severity == Severity.ERROR ? "severity.error" : "severity.warning"));
        sb.append(' ').append(path.isEmpty() ? "/" : path);
        if (line != null) {
            sb.append(' ').append(messages.format("location.lineColumn", line, column));
        } else if (where != null && !where.isEmpty()) {
            sb.append(" (").append(where).append(')');
        }
        return sb.append(": ").append(message).toString();
    }
}
