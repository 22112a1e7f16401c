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

/** Entry point of the jar: {@code validate}, {@code render}, {@code serve}, {@code batch}, {@code bench}. */
public final class Main {

    private static final String RELAUNCHED = "JIXIAO_DOCS_UTF8_RELAUNCH";

    private Main() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        // Documents have Chinese file names. Without a UTF-8 locale (cron, systemd, a bare container) the JVM cannot
        // name such files, and no system property fixes that once it runs: start again under C.UTF-8.
        if (!"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")) && System.getenv(RELAUNCHED) == null) {
            System.exit(relaunchInUtf8(args));
        }
        // UTF-8 output whatever the locale, so messages never print as "???".
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, out, err));
    }

    private static int relaunchInUtf8(String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path", "") + File.pathSeparator);
        command.add(Main.class.getName());
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
