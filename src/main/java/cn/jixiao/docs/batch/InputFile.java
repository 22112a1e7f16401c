package cn.jixiao.docs.batch;

import java.nio.file.Path;

/**
 * One input of a batch. {@code key} is its path relative to INPUT_DIR with forward slashes ("县/教育局.json"):
 * the manifest key, the shard hash input and what reports show, the same on every machine and OS.
 */
public record InputFile(String key, Path path) {

    /** The folder part of the key with its trailing slash ("县/"), or "" at the top: where its outputs go. */
    public String folder() {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? "" : key.substring(0, slash + 1);
    }
}
