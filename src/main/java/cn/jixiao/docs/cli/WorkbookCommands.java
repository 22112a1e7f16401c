package cn.jixiao.docs.cli;

import cn.jixiao.docs.render.AtomicFiles;
import cn.jixiao.docs.validation.Messages;
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
        Args args = Args.parse(words, 1, Set.of("output"), Set.of());
        Path input = single(args, "xlsx takes exactly one INPUT.json");
        byte[] bytes = read(input, out);
        if (bytes == null) {
            return 1;
        }
        Validation v = Inputs.validate(bytes, InputKind.of(input));
        if (!v.problems().isEmpty()) {
            ValidateCommand.report(input.toString(), v.problems(), out);
        }
        if (!v.valid()) {
            return 1;
        }
        Path target = output(args, input, ".xlsx");
        AtomicFiles.write(target, WorkbookWriter.write(v.plan()));
        out.println(Messages.get().format("cli.wrote", target));
        return 0;
    }

    /** Writes the JSON whenever the file is a readable workbook, problems or not: it is what was read. */
    static int json(String[] words, PrintStream out) throws IOException {
        Args args = Args.parse(words, 1, Set.of("output"), Set.of());
        Path input = single(args, "json takes exactly one INPUT.xlsx");
        byte[] bytes = read(input, out);
        if (bytes == null) {
            return 1;
        }
        WorkbookRead read;
        try {
            read = WorkbookReader.read(bytes);
        } catch (UnreadableWorkbook e) {
            ValidateCommand.report(input.toString(), List.of(e.problem()), out);
            return 1;
        }
        Validation v = read.validate();
        if (!v.problems().isEmpty()) {
            ValidateCommand.report(input.toString(), v.problems(), out);
        }
        Path target = output(args, input, ".json");
        AtomicFiles.write(target, (read.prettyJson() + "\n").getBytes(StandardCharsets.UTF_8));
        out.println(Messages.get().format("cli.wrote", target));
        return v.valid() ? 0 : 1;
    }

    private static Path single(Args args, String usage) {
        if (args.positional().size() != 1) {
            throw new Args.UsageException(usage);
        }
        return Path.of(args.positional().get(0));
    }

    private static byte[] read(Path input, PrintStream out) {
        try {
            return Files.readAllBytes(input);
        } catch (IOException e) {
            out.println(Messages.get().format("cli.cannotRead", input, e.getMessage()));
            return null;
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
