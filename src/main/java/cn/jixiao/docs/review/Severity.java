package cn.jixiao.docs.review;

import java.util.Locale;

/** How much a finding matters: an error sends the plan back, a warning should be fixed, a note is advice. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The public name in JSON and CSV: error, warning, note. */
    public String label() { return name().toLowerCase(Locale.ROOT); }
}
