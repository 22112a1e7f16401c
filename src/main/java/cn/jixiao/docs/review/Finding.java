package cn.jixiao.docs.review;

/**
 * One thing a reviewer would send back: which rule, how bad, where (a JSON Pointer into the plan as given, and the
 * same in words: 「第 1 个项目 › 第 3 个指标 › 指标值」) and what, in Chinese with the English gist in brackets.
 */
public record Finding(Rule rule, Severity severity, String path, String where, String message) {

    /** The project the finding is about ("/projects/2/…" → 2), or -1 for the plan as a whole. */
    public int project() {
        String prefix = "/projects/";
        if (!path.startsWith(prefix)) {
            return -1;
        }
        int end = path.indexOf('/', prefix.length());
        String index = path.substring(prefix.length(), end < 0 ? path.length() : end);
        return index.isEmpty() || !index.chars().allMatch(Character::isDigit) ? -1 : Integer.parseInt(index);
    }
}
