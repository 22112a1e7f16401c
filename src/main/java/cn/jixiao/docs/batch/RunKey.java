package cn.jixiao.docs.batch;

/**
 * Everything besides the input that decides an output's bytes: the template set, the fonts and the program.
 * Computed once per run; when any part changes, every input is rendered again.
 */
record RunKey(String templates, String fonts, String program) {}
