package cn.jixiao.docs.cli;

import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.problem.Problem;
import cn.jixiao.docs.validation.Deployment;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.workbook.InputKind;
import cn.jixiao.docs.workbook.Inputs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code validate FILE... [--templates DIR] [--fonts FILE]} (contract JSON or .xlsx workbooks): prints every problem of every file; exit 1 when any file has an error. */
final class ValidateCommand {

    private ValidateCommand() {}

    static int run(String[] words, PrintStream out) {
        Args args = Args.parse(words, 1, Set.of("templates", "fonts"), Set.of());
        if (args.positional().isEmpty()) {
            throw new Args.UsageException("validate needs at least one file");
        }
        // The deployment's template sets and fonts: validate must say what render would.
        Deployment deployment = Setup.deployment(args);
        Messages m = Messages.get();
        boolean anyError = false;
        for (String file : args.positional()) {
            byte[] json;
            try {
                json = Files.readAllBytes(Path.of(file));
            } catch (IOException e) {
                out.println(m.format("cli.cannotRead", file, e.getMessage()));
                anyError = true;
                continue;
            }
            Validation v = Inputs.validate(json, InputKind.of(Path.of(file)), deployment);
            anyError |= !v.valid();
            report(file, v.problems(), out);
        }
        return anyError ? 1 : 0;
    }

    static void report(String file, List<Problem> problems, PrintStream out) {
        Messages m = Messages.get();
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (errors > 0) {
            out.println(m.format("cli.invalid", file, errors, warnings));
        } else if (warnings > 0) {
            out.println(m.format("cli.validWithWarnings", file, warnings));
        } else {
            out.println(m.format("cli.valid", file));
        }
        for (Problem p : problems) {
            out.println("  " + p.describe(m));
        }
    }
}
