package cn.jixiao.docs.batch;

import cn.jixiao.docs.render.AtomicFiles;
import cn.jixiao.docs.review.ReviewCsv;
import cn.jixiao.docs.review.Reviewer;
import cn.jixiao.docs.validation.Deployment;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.workbook.InputKind;
import cn.jixiao.docs.workbook.Inputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run's review.csv and review-summary.csv: every input this run reads is reviewed (rendered or skipped: a bureau
 * wants every department on the list, not only the changed ones), its rows kept as CSV text rather than as plans so
 * memory stays small, and both files written at the end in input order. Workers add concurrently.
 */
final class ReviewSheet {

    private record Rows(String findings, String summary) {}

    private final Reviewer reviewer;
    private final Deployment deployment;
    private final Map<String, Rows> rows = new ConcurrentHashMap<>();

    ReviewSheet(Reviewer reviewer, Deployment deployment) {
        this.reviewer = reviewer;
        this.deployment = deployment;
    }

    /** Reviews the input; returns the validation the review was made from, or null where the review failed. */
    Validation review(String input, byte[] bytes, InputKind kind) {
        try {
            Inputs.Checked checked = Inputs.review(reviewer, bytes, kind, deployment);
            var review = checked.review();
            rows.put(input, new Rows(ReviewCsv.findingRows(input, review), ReviewCsv.summaryRow(input, review)));
            return checked.validation();
        } catch (RuntimeException | StackOverflowError e) {
            // The review is advice: a bug in it must cost the input neither its documents nor its line in the summary.
            String detail = e.getClass().getSimpleName() + ": " + e.getMessage();
            rows.put(input, new Rows("", ReviewCsv.failedRow(input, detail)));
            return null;
        }
    }

    void write(Path findingsFile, Path summaryFile) throws IOException {
        List<String> findings = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        new TreeMap<>(rows).values().forEach(r -> {
            findings.add(r.findings());
            summary.add(r.summary());
        });
        AtomicFiles.write(findingsFile, ReviewCsv.findingsFile(findings));
        AtomicFiles.write(summaryFile, ReviewCsv.summaryFile(summary));
    }
}
