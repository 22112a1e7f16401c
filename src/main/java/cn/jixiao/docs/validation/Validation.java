package cn.jixiao.docs.validation;

import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.problem.Problem;
import java.util.List;

/**
 * The outcome of validating one input: every problem, and when there is no error the plan ready to render and the
 * plan as given. {@code asGiven} keeps the input's order and values (no defaults, indicators unsorted), so that a
 * check run after validation (the review) can point back into the input with the same JSON Pointers.
 */
public record Validation(Plan plan, List<Problem> problems, Plan asGiven) {

    public Validation {
        problems = List.copyOf(problems);
    }

    public boolean valid() { return plan != null; }

    public List<Problem> errors() { return problems.stream().filter(Problem::isError).toList(); }

    public List<Problem> warnings() { return problems.stream().filter(p -> !p.isError()).toList(); }
}
