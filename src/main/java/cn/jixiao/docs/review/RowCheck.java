package cn.jixiao.docs.review;

/** A rule that looks at one indicator at a time. */
interface RowCheck {
    void check(Row row, Findings out);
}
