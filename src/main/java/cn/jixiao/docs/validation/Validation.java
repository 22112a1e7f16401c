package cn.jixiao.docs.validation;

import cn.jixiao.docs.contract.Plan;
import java.util.List;

/** The outcome of validating one input: every problem, and the plan ready to render when there is no error. */
public record Validation(Plan plan, List<Problem> problems) {

    public Validation {
        problems = List.copyOf(problems);
    }

    public boolean valid() { return plan != null; }

    public List<Problem> errors() { return problems.stream().filter(Problem::isError).toList(); }

    public List<Problem> warnings() { return problems.stream().filter(p -> !p.isError()).toList(); }
}
