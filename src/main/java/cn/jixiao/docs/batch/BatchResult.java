package cn.jixiao.docs.batch;

import java.nio.file.Path;

/** A finished run: its report (also written to {@code reportFile}) and where the manifest is. */
public record BatchResult(BatchReport report, Path reportFile, Path manifestFile) {

    /** 0 when every input succeeded (rendered or up to date), 1 when any failed. */
    public int exitCode() { return report.counts().failed() > 0 ? 1 : 0; }
}
