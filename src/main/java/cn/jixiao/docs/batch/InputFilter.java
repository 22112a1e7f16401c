package cn.jixiao.docs.batch;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * {@code --include GLOB} and {@code --exclude GLOB}: which inputs a run takes, by their path relative to INPUT_DIR.
 * A glob with a slash is matched against that whole path ({@code 县/**}); one without, against the file name alone
 * ({@code *.expected.json}), so it applies in every folder. Brace alternatives work: {@code {a,b}/*.json}.
 */
public record InputFilter(String include, String exclude) {

    public static final InputFilter ALL = new InputFilter(null, null);

    public InputFilter {
        // Bad syntax is a usage error, told before the run starts rather than at the first input.
        matcher(include);
        matcher(exclude);
    }

    /** {@code key}: the input's path relative to INPUT_DIR, with forward slashes. */
    public boolean accepts(String key) {
        return (include == null || matches(include, key)) && (exclude == null || !matches(exclude, key));
    }

    private static boolean matches(String glob, String key) {
        Path path = Path.of(key);
        Path name = path.getFileName();
        return matcher(glob).matches(glob.contains("/") || name == null ? path : name);
    }

    private static PathMatcher matcher(String glob) {
        return glob == null ? p -> true : FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }
}
