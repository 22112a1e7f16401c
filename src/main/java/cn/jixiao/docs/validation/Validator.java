package cn.jixiao.docs.validation;

import cn.jixiao.docs.contract.Plan;
import java.nio.charset.StandardCharsets;

/** Contract JSON in, a {@link Validation} out. Stateless and thread-safe. */
public final class Validator {

    private Validator() {}

    public static Validation validate(byte[] json) {
        ProblemCollector problems = new ProblemCollector(Messages.get());
        Plan plan = new PlanReader(problems).read(json);
        if (plan != null) {
            new PlanRules(problems).check(plan);
        }
        Plan asGiven = plan == null || problems.hasErrors() ? null : plan;
        return new Validation(asGiven == null ? null : PlanNormalizer.normalize(asGiven), problems.problems(), asGiven);
    }

    public static Validation validate(String json) { return validate(json.getBytes(StandardCharsets.UTF_8)); }

    /** A problem found after validation proper (an unknown template, a character no font has). */
    public static Problem problem(Problem.Severity severity, String path, String key, Object... args) {
        Messages m = Messages.get();
        return new Problem(path, severity, m.format(key, args), PathLabels.describe(path, m), null, null);
    }
}
