package cn.jixiao.docs.cli;

import cn.jixiao.docs.fonts.WordFontFolder;
import cn.jixiao.docs.problem.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code fonts DIR [--fonts FILE]}: the PDF's faces under the DOCX's font names, with fontconfig files, so that
 * LibreOffice on Linux shows a DOCX as the PDF looks.
 */
final class FontsCommand {

    private FontsCommand() {}

    static int run(String[] words, PrintStream out) throws IOException {
        Args args = Args.parse(words, 1, Set.of("fonts"), Set.of());
        if (args.positional().size() != 1) {
            throw new Args.UsageException("fonts takes exactly one DIR");
        }
        Path dir = Path.of(args.positional().get(0));
        Path conf = WordFontFolder.write(Setup.fontConfig(args), dir);
        out.println(Messages.get().format("cli.fontsWritten", dir, conf.toAbsolutePath(),
                dir.resolve("50-jixiao-docs.conf").toAbsolutePath()));
        return 0;
    }
}
