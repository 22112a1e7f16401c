package cn.jixiao.docs;

import cn.jixiao.docs.cli.Cli;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the jar: {@code validate}, {@code review}, {@code render}, {@code serve}, {@code batch}, {@code xlsx},
 * {@code json}, {@code fonts}. The benchmarks' own jar starts the same way ({@link #inUtf8}).
 */
public final class Main {

    private static final String RELAUNCHED = "JIXIAO_DOCS_UTF8_RELAUNCH";

    private Main() {}

    /** A command line's work: its arguments, where to print, and the exit code. */
    public interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        System.exit(inUtf8(Main.class, args, Cli::run));
    }

    /** Runs {@code command} in a JVM that can name files in Chinese, started again as {@code main} if need be. */
    public static int inUtf8(Class<?> main, String[] args, Command command) throws IOException, InterruptedException {
        // Documents have Chinese file names. Without a UTF-8 locale (cron, systemd, a bare container) the JVM cannot
        // name such files, and no system property fixes that once it runs: start again under C.UTF-8.
        if (!"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")) && System.getenv(RELAUNCHED) == null) {
            return relaunchInUtf8(main, args);
        }
        // UTF-8 output whatever the locale, so messages never print as "???".
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return command.run(args, out, err);
    }

    private static int relaunchInUtf8(Class<?> main, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path", "") + File.pathSeparator);
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put(RELAUNCHED, "1");
        Process child = pb.start();
        // A stop of this process (Ctrl-C, SIGTERM) is passed on, so that serve and batch still stop gracefully.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        return child.waitFor();
    }
}
