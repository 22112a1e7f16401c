package cn.jixiao.docs.validation;

import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** Gathers every problem of one input (validation never stops at the first). Not shared between threads. */
final class ProblemCollector {

    private final Messages messages;
    private final List<Problem> problems = new ArrayList<>();

    ProblemCollector(Messages messages) { this.messages = messages; }

    void error(String path, String key, Object... args) { add(path, Problem.Severity.ERROR, key, args); }

    void warning(String path, String key, Object... args) { add(path, Problem.Severity.WARNING, key, args); }

    void malformed(String detail, Integer line, Integer column) {
        problems.add(new Problem("", Problem.Severity.ERROR, messages.format("error.malformedJson", detail), "", line, column));
    }

    Messages messages() { return messages; }

    boolean hasErrors() { return problems.stream().anyMatch(Problem::isError); }

    List<Problem> problems() { return List.copyOf(problems); }

    private void add(String path, Problem.Severity severity, String key, Object... args) {
        problems.add(new Problem(path, severity, messages.format(key, args), PathLabels.describe(path, messages), null, null));
    }
}
