package cn.jixiao.docs;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starting this program again in a child JVM, for what a running JVM cannot change about itself: its locale, and its
 * compiler, collector and class-data archive. The child inherits the terminal, the working folder and the
 * environment; a stop of the parent is passed on to it.
 */
final class Relaunch {

    /** Marks the child: a system property, so that no process the child starts inherits it as it would a variable. */
    private static final String RELAUNCHED = "jixiao.docs.relaunched";

    private Relaunch() {}

    static boolean isRelaunched() { return System.getProperty(RELAUNCHED) != null; }

    /** Whether this JVM can name files in Chinese. */
    static boolean hasUtf8Locale() { return "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")); }

    /**
     * Runs {@code main} again in a JVM with the {@link #quickStartOptions} and exits with its exit code, when there
     * are such options; returns otherwise. Called first thing, so that the JVM that only starts another spends as
     * little as it can.
     */
    static void startAgainIfQuicker(Class<?> main, String[] args) throws IOException, InterruptedException {
        List<String> quickStart = quickStartOptions(args);
        if (!quickStart.isEmpty()) {
            System.exit(run(main, args, quickStart, !hasUtf8Locale()));
        }
    }

    /**
     * The JVM options that make a one-shot command started as a bare {@code java -jar jixiao-docs.jar …} start fast:
     * the classes of a run mapped from the archive the build makes beside the jar, the quick compiler only and the
     * serial collector (measured under Benchmarks: a cold render of 001 in about 0.6 s instead of 1.0 s). None when
     * whoever started the JVM chose its options, on the command line or in the environment, and none for
     * {@code serve}, which runs long enough for the optimising compiler to pay.
     */
    static List<String> quickStartOptions(String[] args) {
        // No lambda and no string "+" until the child starts: the first use of each costs this JVM milliseconds.
        if (isRelaunched() || System.getenv("JDK_JAVA_OPTIONS") != null || System.getenv("JAVA_TOOL_OPTIONS") != null
                || System.getenv("_JAVA_OPTIONS") != null) {
            return List.of();
        }
        String classPath = System.getProperty("java.class.path", "");
        return quickStartOptions(args, launcherArguments(), classPath, Files.isRegularFile(archiveBeside(classPath)));
    }

    /** The decision above, given what the JVM was started with ({@code launcherArguments}: after {@code java}). */
    static List<String> quickStartOptions(String[] args, List<String> launcherArguments, String classPath,
                                          boolean archiveExists) {
        boolean bareJar = launcherArguments.size() >= 2 && launcherArguments.get(0).equals("-jar")
                && classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator);
        if (!bareJar || args.length == 0 || args[0].equals("serve")) {
            return List.of();
        }
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        if (archiveExists) {
            options.add("-XX:SharedArchiveFile=".concat(archiveBeside(classPath).toString()));
            // An archive made by another JVM build or for a jar since replaced is not used; say nothing of it on
            // standard output, which may be a document.
            options.add("-Xlog:cds=off");
            options.add("-Xlog:cds+dynamic=off");
        }
        return options;
    }

    /** Where the build puts the class-data archive of a jar: beside it, {@code .jsa} for {@code .jar}. */
    static Path archiveBeside(String jar) {
        String base = jar.endsWith(".jar") ? jar.substring(0, jar.length() - ".jar".length()) : jar;
        return Path.of(base.concat(".jsa"));
    }

    /**
     * What followed {@code java} on the command line. Read from /proc, a few milliseconds sooner than from
     * {@code ProcessHandle} or the management beans, which matters on every start; empty where there is no /proc.
     */
    private static List<String> launcherArguments() {
        try {
            String[] all = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), StandardCharsets.UTF_8)
                    .split("\0");
            return Arrays.asList(all).subList(Math.min(1, all.length), all.length);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Runs {@code main} with {@code args} in a child JVM: with {@code quickStartOptions} when there are any (this JVM
     * then has none of its own), else with this JVM's options.
     */
    static int run(Class<?> main, String[] args, List<String> quickStartOptions, boolean underUtf8Locale)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(quickStartOptions.isEmpty()
                ? ManagementFactory.getRuntimeMXBean().getInputArguments() : quickStartOptions);
        command.add("-D".concat(RELAUNCHED).concat("=true"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path", "").concat(File.pathSeparator));
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        if (underUtf8Locale) {
            pb.environment().put("LC_ALL", "C.UTF-8");
        }
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
