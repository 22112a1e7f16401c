package cn.jixiao.docs.cli;

import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.render.AtomicFiles;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.InputRendering;
import cn.jixiao.docs.render.Rendered;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.workbook.InputKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** {@code render INPUT.json|INPUT.xlsx [-o DIR] [--format docx,pdf] [--templates DIR] [--fonts FILE]}. */
final class RenderCommand {

    private RenderCommand() {}

    static int run(String[] words, PrintStream out) throws IOException {
        Args args = Args.parse(words, 1, Set.of("output", "format", "templates", "fonts"), Set.of());
        if (args.positional().size() != 1) {
            throw new Args.UsageException("render takes exactly one INPUT.json or INPUT.xlsx");
        }
        Set<Format> formats;
        try {
            formats = Format.parseList(args.option("format", "docx,pdf"));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--format: unknown format " + e.getMessage() + " (docx, pdf)");
        }
        Path input = Path.of(args.positional().get(0));
        Messages m = Messages.get();
        byte[] json;
        try {
            json = Files.readAllBytes(input);
        } catch (IOException e) {
            out.println(m.format("cli.cannotRead", input, e.getMessage()));
            return 1;
        }
        Renderer renderer = Setup.renderer(args);
        Rendered r = InputRendering.render(renderer::render, renderer.deployment(), json, InputKind.of(input), formats);
        if (!r.ok() || !r.warnings().isEmpty()) {
            ValidateCommand.report(input.toString(), r.problems(), out);
        }
        if (!r.ok()) {
            return 1;
        }
        Path dir = Path.of(args.option("output", "."));
        for (Map.Entry<Format, byte[]> e : r.documents().entrySet()) {
            Path target = dir.resolve(r.fileName(e.getKey()));
            AtomicFiles.write(target, e.getValue());
            out.println(m.format("cli.wrote", target));
        }
        return 0;
    }
}
