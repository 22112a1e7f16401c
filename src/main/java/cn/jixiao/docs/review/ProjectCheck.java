package cn.jixiao.docs.review;

/** A rule that looks at a project as a whole (its goals, spending plan, or indicators together). */
interface ProjectCheck {
    void check(ProjectRows project, Findings out);
}
