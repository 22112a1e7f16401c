package cn.jixiao.docs.cli;

import cn.jixiao.docs.bench.RenderBench;
import java.io.PrintStream;

/** {@code bench render|http|batch|fill|libreoffice}: the speed and memory targets, measured on this machine. */
final class BenchCommand {

    private BenchCommand() {}

    static int run(String[] args, PrintStream out) throws Exception {
        String which = args.length > 1 ? args[1] : "render";
        String[] rest = java.util.Arrays.copyOfRange(args, Math.min(2, args.length), args.length);
        return switch (which) {
            case "render" -> RenderBench.run(rest, out);
            case "batch" -> cn.jixiao.docs.bench.BatchBench.run(rest, out);
            case "http" -> cn.jixiao.docs.bench.HttpLoadBench.run(rest, out);
            case "fill" -> cn.jixiao.docs.bench.FillReport.run(rest, out);
            case "libreoffice" -> cn.jixiao.docs.bench.LibreOfficeBench.run(rest, out);
            default -> throw new Args.UsageException("bench: unknown benchmark " + which + " (render, http, batch, fill, libreoffice)");
        };
    }
}
