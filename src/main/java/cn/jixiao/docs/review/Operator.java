package cn.jixiao.docs.review;

/** The comparison a 指标值 states (≥ ＞ ＝ ＜ ≤): 「≥95%」 is at least 95 %. None means the value itself is the target. */
public enum Operator {
    AT_LEAST, MORE_THAN, EQUAL, LESS_THAN, AT_MOST;

    /** An upper bound: right for a cost, wrong for a completion or satisfaction rate. */
    public boolean ceiling() { return this == LESS_THAN || this == AT_MOST; }

    /** The id used in the vocabulary file (operator.at-least, suffix.at-most). */
    String id() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
