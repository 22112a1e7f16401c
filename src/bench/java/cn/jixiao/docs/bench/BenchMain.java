package cn.jixiao.docs.bench;

import cn.jixiao.docs.Main;
import cn.jixiao.docs.cli.Args;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code java -jar target/jixiao-bench.jar render|http|batch|fill|libreoffice [options]}: the speed and memory
 * targets, measured on this machine. Built by {@code mvn -Pbench package} beside the product jar, which it runs on
 * (its manifest puts jixiao-docs.jar on the class path), so that it measures the jar that ships.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        System.exit(Main.inUtf8(BenchMain.class, args, BenchMain::run));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String which = args.length > 0 ? args[0] : "render";
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        try {
            return switch (which) {
                case "render" -> RenderBench.run(rest, out);
                case "batch" -> BatchBench.run(rest, out);
                case "http" -> HttpLoadBench.run(rest, out);
                case "fill" -> FillReport.run(rest, out);
                case "libreoffice" -> LibreOfficeBench.run(rest, out);
                default -> throw new Args.UsageException("unknown benchmark " + which + " (render, http, batch, fill, libreoffice)");
            };
        } catch (Args.UsageException e) {
            err.println("bench: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            return 3;
        }
    }

    /** The product jar the benchmarks run in a new JVM: the one {@link Main} was loaded from. */
    static Path productJar() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
