package cn.jixiao.docs.batch;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Turns a manifest's relative output path into a file under OUTPUT_DIR. */
final class OutputPaths {

    private OutputPaths() {}

    /**
     * The file, or null when the path would lead outside OUTPUT_DIR: pruning deletes what the manifest names, and an
     * edited or damaged manifest must not be able to delete anything else.
     */
    static Path resolve(Path outputDir, String relative) {
        if (relative == null || relative.isEmpty()) {
            return null;
        }
        try {
            Path p = outputDir.resolve(relative).normalize();
            return p.startsWith(outputDir) && !p.equals(outputDir) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
