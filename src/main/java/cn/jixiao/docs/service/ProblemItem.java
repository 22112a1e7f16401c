package cn.jixiao.docs.service;

import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.problem.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem as the API reports it: the JSON Pointer, how bad, the message, and where in words. For unparsable
 * JSON there is no pointer worth showing, so {@code where} carries the line and column in words instead.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemItem(String path, String severity, String message, String where, Integer line, Integer column) {

    public static ProblemItem of(Problem p) {
        return new ProblemItem(p.path(), p.severity().label(), p.message(), p.location(Messages.get()), p.line(),
                p.column());
    }

    /** A problem with the request rather than with a field of the plan. */
    public static ProblemItem ofRequest(String message) {
        return new ProblemItem("", Problem.Severity.ERROR.label(), message, "", null, null);
    }
}
