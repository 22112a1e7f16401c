package cn.jixiao.docs.review;

import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.problem.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reviews as CSV for a finance bureau's spreadsheet: {@code review.csv}, a row a finding (input, department,
 * project, rule, severity, where, pointer, message), and {@code review-summary.csv}, a row a plan (its score, counts
 * and verdict). RFC 4180 with CRLF, UTF-8 with a byte order mark: without it Excel reads UTF-8 as GBK and the
 * Chinese is garbled. Cells a spreadsheet would run as a formula (=, +, -, @ first) get a leading apostrophe.
 */
public final class ReviewCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ReviewCsv() {}

    /** The rows of one plan's findings in review.csv (a plan without findings has none). */
    public static String findingRows(String input, Review review) {
        StringBuilder b = new StringBuilder();
        Messages t = ReviewText.get();
        for (Finding f : review.findings()) {
            int p = f.project();
            Plan.Project project = review.reviewed() && p >= 0 ? review.plan().projects().get(p) : null;
            row(b, input, code(review), name(review), year(review), project == null ? "" : Integer.toString(p + 1),
                    project == null ? "" : project.code(), project == null ? "" : project.name(), f.rule().id(),
                    t.get("rule." + f.rule().id() + ".name"), ReviewText.severity(f.severity()), f.where(), f.path(),
                    f.message());
        }
        return b.toString();
    }

    /** The plan's row in review-summary.csv. */
    public static String summaryRow(String input, Review review) {
        StringBuilder b = new StringBuilder();
        row(b, input, code(review), name(review), year(review),
                review.reviewed() ? Integer.toString(review.plan().projects().size()) : "",
                review.score() == null ? "" : review.score().toString(), Long.toString(review.count(Severity.ERROR)),
                Long.toString(review.count(Severity.WARNING)), Long.toString(review.count(Severity.NOTE)),
                ReviewText.get().get(verdict(review)));
        return b.toString();
    }

    /** The summary row of a plan whose review failed (a bug): the bureau still sees the input, and why. */
    public static String failedRow(String input, String detail) {
        StringBuilder b = new StringBuilder();
        row(b, input, "", "", "", "", "", "", "", "", ReviewText.get().format("csv.verdict.failed", detail));
        return b.toString();
    }

    /** review.csv: the header, then the rows as given (each ends its line). */
    public static byte[] findingsFile(List<String> rows) { return file("csv.findings", rows); }

    /** review-summary.csv. */
    public static byte[] summaryFile(List<String> rows) { return file("csv.summary", rows); }

    private static String verdict(Review r) {
        if (!r.reviewed()) {
            return "csv.verdict.invalid";
        }
        if (r.hasErrors()) {
            return "csv.verdict.return";
        }
        return r.count(Severity.WARNING) > 0 ? "csv.verdict.revise" : "csv.verdict.pass";
    }

    private static byte[] file(String headerKey, List<String> rows) {
        StringBuilder b = new StringBuilder();
        row(b, (Object[]) ReviewText.get().get(headerKey).split(","));
        rows.forEach(b::append);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length() * 3 + BOM.length);
        out.writeBytes(BOM);
        out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void row(StringBuilder b, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells[i] == null ? "" : cells[i].toString()));
        }
        b.append("\r\n");
    }

    private static String cell(String value) {
        String v = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static String code(Review r) { return r.reviewed() ? r.plan().department().code() : ""; }

    private static String name(Review r) { return r.reviewed() ? r.plan().department().name() : ""; }

    private static String year(Review r) { return r.reviewed() ? String.valueOf(r.plan().year()) : ""; }
}
