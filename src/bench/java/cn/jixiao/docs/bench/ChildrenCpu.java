package cn.jixiao.docs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time of this process's children that have exited and been waited for (user + system, from
 * /proc/self/stat), in milliseconds; NaN where there is no /proc. The JVM offers no such figure.
 */
final class ChildrenCpu {

    /** USER_HZ: the kernel reports these times in 1/100 s on every Linux architecture Java runs on. */
    private static final double MS_PER_TICK = 10;

    private ChildrenCpu() {}

    static double millis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name, which is in parentheses and may hold spaces: cutime is field 16, cstime 17.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * MS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
