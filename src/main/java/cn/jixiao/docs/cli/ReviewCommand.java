package cn.jixiao.docs.cli;

import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.review.Finding;
import cn.jixiao.docs.review.Review;
import cn.jixiao.docs.review.ReviewJson;
import cn.jixiao.docs.review.ReviewText;
import cn.jixiao.docs.review.Reviewer;
import cn.jixiao.docs.review.Rule;
import cn.jixiao.docs.review.Severity;
import cn.jixiao.docs.review.Vocabulary;
import cn.jixiao.docs.validation.Deployment;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.workbook.InputKind;
import cn.jixiao.docs.workbook.Inputs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code review FILE... [--json] [--vocabulary FILE]}: the 绩效目标审核 of every file, grouped by project, in
 * Chinese with locations; {@code --json} prints one JSON document a line, one line a file (also for a file that
 * cannot be read). A file that does not validate is reported as {@code validate} reports it. Exit 1 when any file
 * has an error-level finding, is invalid or cannot be read; 0 otherwise.
 */
final class ReviewCommand {

    private ReviewCommand() {}

    static int run(String[] words, PrintStream out) {
        Args args = Args.parse(words, 1, Set.of("vocabulary", "templates", "fonts"), Set.of("json"));
        if (args.positional().isEmpty()) {
            throw new Args.UsageException("review needs at least one file");
        }
        Deployment deployment = Setup.deployment(args);
        Reviewer reviewer = new Reviewer(vocabulary(args));
        boolean json = args.flag("json");
        boolean anyError = false;
        for (String file : args.positional()) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(Path.of(file));
            } catch (IOException e) {
                String message = Messages.get().format("cli.cannotRead", file, e.getMessage());
                out.println(json ? jsonLine(file, unreadable(message)) : message);
                anyError = true;
                continue;
            }
            Inputs.Checked checked = Inputs.review(reviewer, bytes, InputKind.of(Path.of(file)), deployment);
            Validation v = checked.validation();
            Review review = checked.review();
            anyError |= review.hasErrors();
            if (json) {
                out.println(jsonLine(file, review));
            } else if (!v.valid()) {
                ValidateCommand.report(file, v.problems(), out);
                out.println(Messages.get().format("cli.review.invalid", file));
            } else {
                print(file, review, out);
            }
        }
        return anyError ? 1 : 0;
    }

    private static String jsonLine(String file, Review review) {
        return new String(ReviewJson.bytes(file, review), StandardCharsets.UTF_8);
    }

    /** With --json still one document a line: a file that cannot be read is one that cannot be validated either. */
    private static Review unreadable(String message) {
        Finding cannotRead = new Finding(Rule.VALIDATION, Severity.ERROR, "", "", message);
        return new Review(null, List.of(cannotRead), null, List.of());
    }

    private static Vocabulary vocabulary(Args args) {
        String file = args.option("vocabulary", null);
        try {
            return file == null ? Vocabulary.standard() : Vocabulary.extendedBy(Path.of(file));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--vocabulary: " + e.getMessage());
        }
    }

    private static void print(String file, Review review, PrintStream out) {
        Messages m = Messages.get();
        if (review.findings().isEmpty()) {
            out.println(m.format("cli.review.clean", file, review.score()));
            return;
        }
        out.println(m.format("cli.review.reviewed", file, review.score(), review.count(Severity.ERROR),
                review.count(Severity.WARNING), review.count(Severity.NOTE)));
        int shown = Integer.MIN_VALUE;
        for (Finding f : review.findings()) {
            if (f.project() != shown) {
                shown = f.project();
                out.println(shown < 0 ? m.get("cli.review.plan") : projectLine(review.projects(), shown));
            }
            out.println(m.format("cli.review.finding", ReviewText.severity(f.severity()), f.rule().id(), f.path(), f.where(),
                    f.message()));
        }
    }

    private static String projectLine(List<Review.ProjectScore> projects, int index) {
        Review.ProjectScore p = projects.get(index);
        return Messages.get().format("cli.review.project", index + 1, p.name(), p.score());
    }
}
