package cn.jixiao.docs.workbook;

import cn.jixiao.docs.problem.Problem;

/**
 * The file cannot be read as a workbook at all (corrupt, encrypted, an old .xls/.et, a zip bomb, far too many rows):
 * the request's fault, like unparsable JSON. {@code key} names the message in messages.properties.
 */
public final class UnreadableWorkbook extends Exception {

    private final transient Problem problem;

    UnreadableWorkbook(String key, Object... args) {
        super(key, null, false, false);
        this.problem = Problem.of(Problem.Severity.ERROR, key, args);
    }

    /** The one problem to show: no path, a Chinese message that says what to do. */
    public Problem problem() { return problem; }
}
