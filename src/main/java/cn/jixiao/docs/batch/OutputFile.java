package cn.jixiao.docs.batch;

import cn.jixiao.docs.util.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * One written document: its path relative to OUTPUT_DIR (forward slashes), the SHA-256 of its bytes, and its size
 * and modification time (milliseconds) as written, null in a manifest from before they were recorded.
 */
public record OutputFile(String path, String sha256, Long size, Long modified) {

    /** The file as it was just written: its size and time read back from the disk. */
    static OutputFile written(String path, String sha256, Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new OutputFile(path, sha256, a.size(), a.lastModifiedTime().toMillis());
    }

    /** The path without its extension: the name two inputs must not share ("县/巨鹿县总工会2024年部门预算绩效文本"). */
    public String stem() {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
    }

    /**
     * Whether the file on disk is this one. Where its size and modification time are those recorded it is taken
     * as written without reading it (the quick check rsync and make rely on): hashing every document of a
     * thousand unchanged plans again was most of a rerun. Anything else is hashed, so a touched but unchanged
     * document still counts as intact and a changed one does not.
     */
    boolean isOnDisk(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (size != null && modified != null && a.size() == size && a.lastModifiedTime().toMillis() == modified) {
            return true;
        }
        return Sha256.hexOfFile(file).equals(sha256);
    }
}
