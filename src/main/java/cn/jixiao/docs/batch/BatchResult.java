package cn.jixiao.docs.batch;

import java.nio.file.Path;

/** A finished run: its report (also written to {@code reportFile}) and where the manifest is. */
public record BatchResult(BatchReport report, Path reportFile, Path manifestFile) {

    /** Some file of the run could not be written: a full disk, a read-only or vanished output folder. */
    public static final int EXIT_UNWRITABLE = 4;

    /**
     * 0 when every input succeeded (rendered or up to date), 1 when any failed, {@link #EXIT_UNWRITABLE} when a file
     * could not be written (whatever else happened).
     */
    public int exitCode() {
        return !report.unwritable().isEmpty() ? EXIT_UNWRITABLE : report.counts().failed() > 0 ? 1 : 0;
    }
}
