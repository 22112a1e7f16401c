package cn.jixiao.docs.batch;

import cn.jixiao.docs.problem.Problem;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every *.json and *.xlsx (staff workbook) under INPUT_DIR, but not Excel's 「~$name.xlsx」 lock files of
 * workbooks someone has open. Anything named so is an input, even when it cannot be read (a folder, a
 * dangling link): it then fails with a clear message instead of silently vanishing from the batch. A sub-folder that
 * cannot be listed becomes a failure of its own; the walk carries on.
 */
final class InputScanner {

    /** The inputs in path order, and the sub-folders that could not be listed (key "a/b/"). */
    record Scan(List<InputFile> inputs, Map<String, Problem> unreadableFolders) {}

    private InputScanner() {}

    /** {@code skip}: a folder not to descend into, the output folder when it lies inside the input folder. */
    static Scan scan(Path root, Path skip) throws IOException {
        List<InputFile> inputs = new ArrayList<>();
        Map<String, Problem> unreadable = new TreeMap<>();
        // Links are not followed into folders: a link loop would never end. A link named *.json is still an
        // input, read through the link.
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (dir.equals(skip)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (isInput(dir)) {
                    inputs.add(new InputFile(key(root, dir), dir));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (isInput(file)) {
                    inputs.add(new InputFile(key(root, file), file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(root)) {
                    throw e;
                }
                if (isInput(file)) {
                    inputs.add(new InputFile(key(root, file), file));
                } else {
                    unreadable.put(key(root, file) + "/", problem(e));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    if (dir.equals(root)) {
                        throw e;
                    }
                    unreadable.put(key(root, dir) + "/", problem(e));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        inputs.sort(Comparator.comparing(InputFile::key));
        return new Scan(List.copyOf(inputs), unreadable);
    }

    static boolean isInput(Path p) {
        Path name = p.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || (n.endsWith(".xlsx") && !n.startsWith("~$"));
    }

    /** The path relative to the root with forward slashes, whatever the OS. */
    static String key(Path root, Path p) {
        StringBuilder sb = new StringBuilder();
        for (Path part : root.relativize(p)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    private static Problem problem(IOException e) {
        return Problem.of(Problem.Severity.ERROR, "batch.problem.folderUnreadable", String.valueOf(e.getMessage()));
    }
}
