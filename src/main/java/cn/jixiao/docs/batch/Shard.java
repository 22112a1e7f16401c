package cn.jixiao.docs.batch;

import cn.jixiao.docs.util.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shard {@code index} of {@code count}: the inputs whose path hash falls in it. The hash is of the input's path
 * relative to INPUT_DIR, so every machine given the same folder agrees on the split without talking to the others,
 * and an input keeps its shard from night to night (its manifest entry stays where it was).
 */
public record Shard(int index, int count) {

    /** No sharding: every input. */
    public static final Shard ALL = new Shard(0, 1);

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException(index + "/" + count);
        }
    }

    /** Parses "K/N" with 0 ≤ K < N; IllegalArgumentException otherwise. */
    public static Shard parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public boolean isAll() { return count == 1; }

    /** Whether the input at this path (relative to INPUT_DIR, forward slashes) belongs to this shard. */
    public boolean contains(String inputKey) {
        if (count == 1) {
            return true;
        }
        // Not String.hashCode: SHA-256 spreads similar names (a/001.json, a/002.json) evenly over the shards.
        long h = ByteBuffer.wrap(Sha256.digest(inputKey.getBytes(StandardCharsets.UTF_8))).getLong();
        return Long.remainderUnsigned(h, count) == index;
    }

    /**
     * Added to the manifest, report and lock file names: shards sharing one OUTPUT_DIR must not overwrite one
     * another's manifest. Empty without sharding, so a plain run uses manifest.json as documented.
     */
    public String fileSuffix() { return isAll() ? "" : "-" + index + "-of-" + count; }

    @Override
    public String toString() { return index + "/" + count; }
}
