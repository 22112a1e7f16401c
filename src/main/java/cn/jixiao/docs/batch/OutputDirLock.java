package cn.jixiao.docs.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two runs from writing one manifest at once (a nightly run still going when the next starts, or a manual run
 * beside the scheduled one). An OS file lock, so a killed run never leaves a stale lock behind.
 *
 * <p>An unsharded run locks the whole folder exclusively; shard runs share the folder lock and each takes its own
 * shard lock, so shards run side by side but never beside an unsharded run (which cleans every temporary file).
 */
final class OutputDirLock implements AutoCloseable {

    private final FileChannel folderChannel;
    private final FileChannel shardChannel;

    private OutputDirLock(FileChannel folderChannel, FileChannel shardChannel) {
        this.folderChannel = folderChannel;
        this.shardChannel = shardChannel;
    }

    /** The lock, or null when another run holds it. */
    static OutputDirLock tryAcquire(Path outputDir, Shard shard) throws IOException {
        FileChannel folder = open(outputDir.resolve(".batch.lock"));
        if (!tryLock(folder, !shard.isAll())) {
            folder.close();
            return null;
        }
        if (shard.isAll()) {
            return new OutputDirLock(folder, null);
        }
        FileChannel own = open(outputDir.resolve(".batch" + shard.fileSuffix() + ".lock"));
        if (!tryLock(own, false)) {
            own.close();
            folder.close();
            return null;
        }
        return new OutputDirLock(folder, own);
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static boolean tryLock(FileChannel channel, boolean shared) throws IOException {
        try {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
            return lock != null;
        } catch (OverlappingFileLockException e) {
            // Held by another run in this same JVM (the service's scheduler and a test, say).
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        // Closing a channel releases its lock.
        if (shardChannel != null) {
            shardChannel.close();
        }
        folderChannel.close();
    }
}
