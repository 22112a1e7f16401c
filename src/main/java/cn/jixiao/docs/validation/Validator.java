package cn.jixiao.docs.validation;

import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.problem.Messages;
import java.nio.charset.StandardCharsets;

/** Contract JSON in, a {@link Validation} out. Stateless and thread-safe. */
public final class Validator {

    private Validator() {}

    /**
     * Every problem of the input as the deployment that renders it sees them: the contract's rules, its template
     * names and what its fonts can draw. Rendering runs exactly this first, so checking and rendering agree.
     */
    public static Validation validate(byte[] json, Deployment deployment) {
        ProblemCollector problems = new ProblemCollector(Messages.get());
        Plan plan = new PlanReader(problems).read(json);
        if (plan != null) {
            new PlanRules(problems, deployment).check(plan);
        }
        Plan asGiven = plan == null || problems.hasErrors() ? null : plan;
        return new Validation(asGiven == null ? null : PlanNormalizer.normalize(asGiven), problems.problems(), asGiven);
    }

    /** The contract alone ({@link Deployment#CONTRACT_ONLY}): for what renders nothing and tells no clerk. */
    public static Validation validate(byte[] json) { return validate(json, Deployment.CONTRACT_ONLY); }

    public static Validation validate(String json) { return validate(json.getBytes(StandardCharsets.UTF_8)); }
}
