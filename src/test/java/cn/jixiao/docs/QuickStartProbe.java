package cn.jixiao.docs;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A main class started as {@code Main} starts, for {@link RelaunchTest}: started again when {@link Relaunch} says
 * so, and then writing the JVM options and collectors it runs with to the file its second argument names.
 */
public final class QuickStartProbe {

    private QuickStartProbe() {}

    public static void main(String[] args) throws Exception {
        Relaunch.startAgainIfQuicker(QuickStartProbe.class, args);
        List<String> lines = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            lines.add("gc: " + gc.getName());
        }
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
        System.out.println("probe ran");
    }
}
