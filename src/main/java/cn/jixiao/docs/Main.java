package cn.jixiao.docs;

import cn.jixiao.docs.cli.Cli;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Entry point of the jar: {@code validate}, {@code review}, {@code render}, {@code serve}, {@code batch}, {@code xlsx},
 * {@code json}, {@code fonts}. The benchmarks' own jar starts the same way ({@link #inUtf8}).
 */
public final class Main {

    private Main() {}

    /** A command line's work: its arguments, where to print, and the exit code. */
    public interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Relaunch.startAgainIfQuicker(Main.class, args);
        System.exit(inUtf8(Main.class, args, Cli::run));
    }

    /** Runs {@code command} in a JVM that can name files in Chinese, started again as {@code main} if need be. */
    public static int inUtf8(Class<?> main, String[] args, Command command) throws IOException, InterruptedException {
        // Documents have Chinese file names. Without a UTF-8 locale (cron, systemd, a bare container) the JVM cannot
        // name such files, and no system property fixes that once it runs: start again under C.UTF-8.
        if (!Relaunch.hasUtf8Locale() && !Relaunch.isRelaunched()) {
            return Relaunch.run(main, args, List.of(), true);
        }
        // UTF-8 output whatever the locale, so messages never print as "???".
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return command.run(args, out, err);
    }
}
