package cn.jixiao.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelaunchTest {

    private static final List<String> QUICK = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    @Test
    void aBareJavaJarStartsAgainWithTheQuickCompilerTheSerialCollectorAndTheArchiveBesideTheJar() {
        List<String> options = Relaunch.quickStartOptions(new String[] {"render", "a.json"},
                List.of("-jar", "/opt/x/jixiao-docs.jar", "render", "a.json"), "/opt/x/jixiao-docs.jar", true);
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:SharedArchiveFile=/opt/x/jixiao-docs.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), options);
        assertEquals(QUICK, Relaunch.quickStartOptions(new String[] {"batch", "in", "out"},
                List.of("-jar", "jixiao-docs.jar", "batch", "in", "out"), "jixiao-docs.jar", false));
    }

    @Test
    void whoeverChoseJvmOptionsOrStartsTheServiceKeepsTheJvmAsStarted() {
        String jar = "jixiao-docs.jar";
        assertEquals(List.of(), Relaunch.quickStartOptions(new String[] {"render", "a.json"},
                List.of("-Xmx1g", "-jar", jar, "render", "a.json"), jar, true));
        assertEquals(List.of(), Relaunch.quickStartOptions(new String[] {"serve"}, List.of("-jar", jar, "serve"), jar, true));
        assertEquals(List.of(), Relaunch.quickStartOptions(new String[] {"render", "a.json"},
                List.of("-cp", jar, "cn.jixiao.docs.Main", "render", "a.json"), jar, true));
        assertEquals(List.of(), Relaunch.quickStartOptions(new String[0], List.of("-jar", jar), jar, true));
        // No /proc to read: nothing known of how the JVM started.
        assertEquals(List.of(), Relaunch.quickStartOptions(new String[] {"render", "a.json"}, List.of(), jar, true));
    }

    @Test
    void theChildOfABareJavaJarRunsWithTheQuickStartOptions(@TempDir Path dir) throws Exception {
        Path jar = probeJar(dir.resolve("probe.jar"));
        Files.writeString(dir.resolve("probe.jsa"), "an archive no JVM can map, which the child must ignore quietly");
        Path report = dir.resolve("report.txt");
        String output = java("-jar", jar.toString(), "render", report.toString());
        assertEquals("probe ran", output.strip(), "the child's output, and nothing else");
        List<String> child = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertTrue(child.containsAll(QUICK), child.toString());
        assertTrue(child.contains("-XX:SharedArchiveFile=" + dir.resolve("probe.jsa")), child.toString());
        assertTrue(child.contains("gc: Copy") && child.contains("gc: MarkSweepCompact"), "the serial collector: " + child);
    }

    @Test
    void aJvmStartedWithOptionsRunsInPlace(@TempDir Path dir) throws Exception {
        Path jar = probeJar(dir.resolve("probe.jar"));
        Path report = dir.resolve("report.txt");
        java("-Xmx256m", "-jar", jar.toString(), "render", report.toString());
        assertEquals(List.of("-Xmx256m"), Files.readAllLines(report, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("gc: ")).toList());
    }

    /** Runs this JVM's java with {@code arguments} and no JVM options from the environment; its output. */
    private static String java(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        return output;
    }

    /** A jar whose manifest starts the probe, with this test run's class path. */
    private static Path probeJar(Path jar) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, QuickStartProbe.class.getName());
        String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" "));
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        return jar;
    }
}
