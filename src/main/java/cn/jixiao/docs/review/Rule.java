package cn.jixiao.docs.review;

/**
 * The review's rules. Their ids are public API (JSON, CSV, docs/review.md): rename one and every client that
 * filters on it breaks, so an id, once released, stays.
 */
public enum Rule {
    PLACEHOLDER("placeholder"),
    VALUE_NOT_QUANTIFIED("value-not-quantified"),
    VALUE_WITHOUT_UNIT("value-without-unit"),
    VALUE_MALFORMED("value-malformed"),
    VALUE_VAGUE("value-vague"),
    NOT_REFINED("not-refined"),
    BASIS_REPEATS_VALUE("basis-repeats-value"),
    BASIS_GENERIC("basis-generic"),
    DUPLICATE_INDICATOR("duplicate-indicator"),
    MISSING_DIMENSION("missing-dimension"),
    SATISFACTION_LOW("satisfaction-low"),
    TIMELINESS_LOW("timeliness-low"),
    COST_OVER_BUDGET("cost-over-budget"),
    SPENDING_PLAN("spending-plan"),
    GOAL_MISSING("goal-missing"),
    /** Not a review rule: the plan did not validate, so it could not be reviewed; these are validation's problems. */
    VALIDATION("validation");

    private final String id;

    Rule(String id) { this.id = id; }

    public String id() { return id; }
}
