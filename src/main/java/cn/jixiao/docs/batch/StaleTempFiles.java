package cn.jixiao.docs.batch;

import cn.jixiao.docs.render.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes the temporary files ({@code .name….partial}) a killed run left in OUTPUT_DIR. They are never outputs
 * (outputs only appear by rename once complete), but they waste space and confuse people listing the folder.
 */
final class StaleTempFiles {

    private StaleTempFiles() {}

    /**
     * Deletes temporary files last modified more than {@code minAge} ago; returns how many. A run that holds the
     * folder alone passes zero; a shard passes a margin, since other shards may be writing theirs right now.
     */
    static int remove(Path outputDir, Duration minAge) throws IOException {
        Instant cutoff = Instant.now().minus(minAge);
        int[] removed = {0};
        Files.walkFileTree(outputDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(AtomicFiles.TEMP_SUFFIX) && attrs.isRegularFile()
                        && (minAge.isZero() || attrs.lastModifiedTime().toInstant().isBefore(cutoff))) {
                    InputProcessor.deleteQuietly(file);
                    removed[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return removed[0];
    }
}
