package cn.jixiao.docs.cli;

import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.render.AtomicFiles;
import cn.jixiao.docs.validation.Deployment;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.workbook.InputKind;
import cn.jixiao.docs.workbook.Inputs;
import cn.jixiao.docs.workbook.UnreadableWorkbook;
import cn.jixiao.docs.workbook.WorkbookRead;
import cn.jixiao.docs.workbook.WorkbookReader;
import cn.jixiao.docs.workbook.WorkbookWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code xlsx INPUT.json [-o OUT.xlsx]}: a plan as a filled staff workbook (last year's plan, for a clerk to edit).
 * {@code json INPUT.xlsx [-o OUT.json]}: the contract JSON a workbook reads as, for other systems to see exactly
 * what was read. Without {@code -o} the output goes beside the input, with the other extension.
 */
final class WorkbookCommands {

    private WorkbookCommands() {}

    static int xlsx(String[] words, PrintStream out) throws IOException {
        Input in = Input.of(words, "xlsx takes exactly one INPUT.json", out);
        if (in == null) {
            return 1;
        }
        Path input = in.path();
        Validation v = Inputs.validate(in.bytes(), InputKind.of(input), Deployment.CONTRACT_ONLY);
        if (!v.problems().isEmpty()) {
            ValidateCommand.report(input.toString(), v.problems(), out);
        }
        if (!v.valid()) {
            return 1;
        }
        Path target = output(in.args(), input, ".xlsx");
        AtomicFiles.write(target, WorkbookWriter.write(v.plan()));
        out.println(Messages.get().format("cli.wrote", target));
        return 0;
    }

    /** Writes the JSON whenever the file is a readable workbook, problems or not: it is what was read. */
    static int json(String[] words, PrintStream out) throws IOException {
        Input in = Input.of(words, "json takes exactly one INPUT.xlsx", out);
        if (in == null) {
            return 1;
        }
        Path input = in.path();
        WorkbookRead read;
        try {
            read = WorkbookReader.read(in.bytes());
        } catch (UnreadableWorkbook e) {
            ValidateCommand.report(input.toString(), List.of(e.problem()), out);
            return 1;
        }
        Validation v = read.validate(Deployment.CONTRACT_ONLY);
        if (!v.problems().isEmpty()) {
            ValidateCommand.report(input.toString(), v.problems(), out);
        }
        Path target = output(in.args(), input, ".json");
        AtomicFiles.write(target, (read.prettyJson() + "\n").getBytes(StandardCharsets.UTF_8));
        out.println(Messages.get().format("cli.wrote", target));
        return v.valid() ? 0 : 1;
    }

    /** The command's one input file, read; null (the reason printed) when it cannot be read. */
    private record Input(Args args, Path path, byte[] bytes) {
        static Input of(String[] words, String usage, PrintStream out) {
            Args args = Args.parse(words, 1, Set.of("output"), Set.of());
            if (args.positional().size() != 1) {
                throw new Args.UsageException(usage);
            }
            Path path = Path.of(args.positional().get(0));
            try {
                return new Input(args, path, Files.readAllBytes(path));
            } catch (IOException e) {
                out.println(Messages.get().format("cli.cannotRead", path, e.getMessage()));
                return null;
            }
        }
    }

    /** -o, or the input's name with {@code extension} in place of its own. */
    private static Path output(Args args, Path input, String extension) {
        String given = args.option("output", null);
        if (given != null) {
            return Path.of(given);
        }
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return input.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
    }
}
