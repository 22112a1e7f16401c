package cn.jixiao.docs.review;

import cn.jixiao.docs.problem.Messages;

/** The review's words, kept in {@code review/messages.properties} apart from validation's catalogue. */
public final class ReviewText {

    private static final Messages TEXT = Messages.from("/review/messages.properties");

    private ReviewText() {}

    public static Messages get() { return TEXT; }

    /** A rule explained: its name, why a reviewer sends it back, and what a good value looks like. */
    public record RuleText(String name, String reason, String suggestion) {}

    public static RuleText of(Rule rule) {
        String key = "rule." + rule.id();
        return new RuleText(TEXT.get(key + ".name"), TEXT.get(key + ".reason"), TEXT.get(key + ".suggestion"));
    }

    public static String severity(Severity s) { return TEXT.get("severity." + s.label()); }
}
