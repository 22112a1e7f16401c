package cn.jixiao.docs.batch;

import cn.jixiao.docs.util.Checksum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * One written document: its path relative to OUTPUT_DIR (forward slashes), the {@link Checksum} of its bytes, and
 * its size and modification time (milliseconds) as written. Any of the last three is null in a manifest from before
 * it was recorded (earlier manifests kept a SHA-256 instead of the checksum).
 */
public record OutputFile(String path, String checksum, Long size, Long modified) {

    /** The file as it was just written: its size and time read back from the disk. */
    static OutputFile written(String path, byte[] bytes, Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new OutputFile(path, Checksum.of(bytes), a.size(), a.lastModifiedTime().toMillis());
    }

    /** The path without its extension: the name two inputs must not share ("县/巨鹿县总工会2024年部门预算绩效文本"). */
    public String stem() {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
    }

    /**
     * Whether the file on disk is this one. Where its size and modification time are those recorded it is taken
     * as written without reading it (the quick check rsync and make rely on): hashing every document of a
     * thousand unchanged plans again was most of a rerun. A size other than the one recorded is a change without
     * reading the file, and so is anything when no checksum was recorded; anything else is checksummed, so a touched
     * but unchanged document still counts as intact and a changed one does not.
     */
    boolean isOnDisk(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (size != null && modified != null && a.size() == size && a.lastModifiedTime().toMillis() == modified) {
            return true;
        }
        if ((size != null && a.size() != size) || checksum == null) {
            return false;
        }
        return Checksum.ofFile(file).equals(checksum);
    }
}
