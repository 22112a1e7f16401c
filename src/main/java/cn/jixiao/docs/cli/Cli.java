package cn.jixiao.docs.cli;

import cn.jixiao.docs.problem.Messages;
import java.io.PrintStream;

/** Dispatches a subcommand; usage errors print the usage and exit 2, never a stack trace. */
public final class Cli {

    private Cli() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Messages m = Messages.get();
        if (args.length == 0) {
            err.println(m.get("cli.usage"));
            return 2;
        }
        try {
            return switch (args[0]) {
                case "validate" -> ValidateCommand.run(args, out);
                case "review" -> ReviewCommand.run(args, out);
                case "render" -> RenderCommand.run(args, out);
                case "fonts" -> FontsCommand.run(args, out);
                case "serve" -> ServeCommand.run(args, out);
                case "-h", "--help", "help" -> {
                    out.println(m.get("cli.usage"));
                    yield 0;
                }
                case "batch" -> BatchCommand.run(args, out);
                case "xlsx" -> WorkbookCommands.xlsx(args, out);
                case "json" -> WorkbookCommands.json(args, out);
                default -> throw new Args.UsageException(m.format("cli.unknownCommand", args[0]));
            };
        } catch (Args.UsageException e) {
            err.println(m.format("cli.badOption", e.getMessage()));
            err.println(m.get("cli.usage"));
            return 2;
        } catch (Exception e) {
            err.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            return 3;
        }
    }
}
