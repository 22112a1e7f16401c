package cn.jixiao.docs.render;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file so that readers only ever see the old one or the complete new one, never a partial file. */
public final class AtomicFiles {

    /** Temporary files carry this suffix; a crashed run's leftovers are recognisable and removed. */
    public static final String TEMP_SUFFIX = ".partial";

    private AtomicFiles() {}

    /**
     * Writes {@code bytes} to {@code target}; a failure (a full disk: 「No space left on device」) names the target
     * in its message, which the JDK's own exception for the temporary file does not.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        try {
            replace(target, bytes);
        } catch (IOException e) {
            throw new IOException(target + ": " + reason(e), e);
        }
    }

    /** Why a write failed, without the file (「No space left on device」): the caller names the file its own way. */
    public static String reason(IOException e) {
        Throwable cause = e.getCause() instanceof IOException inner ? inner : e;
        return cause instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(cause.getMessage());
    }

    private static void replace(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), TEMP_SUFFIX);
        try {
            // createTempFile makes the file private (0600); a published document is readable like any other file.
            // Asked of the file system, not the file store: looking the store up needs the mount table, which a
            // chroot or some containers do not show.
            if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            // One stream writes the whole document and flushes it: Files.write sends it in 8 KB pieces, each
            // copied on its own, and a channel's write of a heap buffer copies into a fresh direct buffer each time
            // the size changes.
            try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
                out.write(bytes);
                out.getFD().sync();
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
