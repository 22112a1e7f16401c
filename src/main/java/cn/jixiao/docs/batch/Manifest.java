package cn.jixiao.docs.batch;

import java.util.Map;
import java.util.TreeMap;

/**
 * OUTPUT_DIR/manifest.json: per input (keyed by its path relative to INPUT_DIR), what its outputs were made from.
 * {@code version} is the file layout's version, for a future change of it.
 */
public record Manifest(int version, Map<String, ManifestEntry> entries) {

    public static final int CURRENT_VERSION = 1;

    public static final Manifest EMPTY = new Manifest(CURRENT_VERSION, Map.of());

    public Manifest {
        // Sorted, so the file diffs well and two identical runs write identical manifests.
        entries = entries == null ? Map.of() : new TreeMap<>(entries);
    }
}
