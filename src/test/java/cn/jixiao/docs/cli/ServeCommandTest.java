package cn.jixiao.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.service.ServiceConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

    private static Args args(String... words) {
        return Args.parse(words, 0, Set.of("port", "host", "templates", "fonts", "max-body-mb", "render-threads",
                "render-queue", "render-timeout", "render-memory-mb", "connections-per-address"), Set.of());
    }

    @Test
    void connectionLimitsAndTheRenderMemoryComeFromTheEnvironmentOrOptions() {
        ServiceConfig d = ServeCommand.config(args(), Map.of());
        assertEquals(ServiceConfig.Connections.DEFAULT, d.connections());
        assertEquals(0, d.renderMemory(), "derived from the heap");
        assertTrue(d.renderMemoryBytes() > 0 && d.renderMemoryBytes() < Runtime.getRuntime().maxMemory());
        Map<String, String> env = Map.of("IDLE_TIMEOUT_SECONDS", "7", "MIN_DATA_RATE", "100",
                "CONNECTIONS_PER_ADDRESS", "0", "RENDER_MEMORY_MB", "300");
        ServiceConfig c = ServeCommand.config(args(), env);
        assertEquals(new ServiceConfig.Connections(Duration.ofSeconds(7), 100, 0), c.connections());
        assertEquals(300L << 20, c.renderMemoryBytes());
        ServiceConfig o = ServeCommand.config(args("--connections-per-address", "5", "--render-memory-mb", "64"), env);
        assertEquals(5, o.connections().perAddress());
        assertEquals(64L << 20, o.renderMemoryBytes());
        assertThrows(Args.UsageException.class, () -> ServeCommand.config(args("--connections-per-address", "-1"), env));
    }

    @Test
    void defaultsNeedNothingSet() {
        ServiceConfig c = ServeCommand.config(args(), Map.of());
        assertEquals(7070, c.port());
        assertEquals("0.0.0.0", c.host());
        assertEquals(5L * 1024 * 1024, c.maxBodyBytes());
        assertEquals(Runtime.getRuntime().availableProcessors(), c.renderThreads());
        assertNull(c.apiToken());
        assertNull(c.formToken());
    }

    @Test
    void environmentThenOptions() {
        Map<String, String> env = Map.of("PORT", "8080", "MAX_BODY_MB", "2", "RENDER_THREADS", "3",
                "RENDER_QUEUE", "7", "RENDER_TIMEOUT_SECONDS", "9", "SHUTDOWN_GRACE_SECONDS", "4",
                "API_TOKEN", "a", "FORM_TOKEN", " ");
        ServiceConfig fromEnv = ServeCommand.config(args(), env);
        assertEquals(8080, fromEnv.port());
        assertEquals(2L * 1024 * 1024, fromEnv.maxBodyBytes());
        assertEquals(3, fromEnv.renderThreads());
        assertEquals(7, fromEnv.renderQueue());
        assertEquals(Duration.ofSeconds(9), fromEnv.renderTimeout());
        assertEquals(Duration.ofSeconds(4), fromEnv.shutdownGrace());
        assertEquals("a", fromEnv.apiToken());
        assertNull(fromEnv.formToken(), "a blank token is no token");
        assertTrue(fromEnv.toString().contains("apiToken=set") && !fromEnv.toString().contains("=a "));

        ServiceConfig fromOptions = ServeCommand.config(args("--port", "9000", "--max-body-mb=1"), env);
        assertEquals(9000, fromOptions.port());
        assertEquals(1024 * 1024, fromOptions.maxBodyBytes());
    }

    @Test
    void nightlyBatchNeedsBothFoldersAndAValidTime() throws Exception {
        var renderer = cn.jixiao.docs.TestRendering.RENDERER;
        assertTrue(ServeCommand.batch(batchArgs(), Map.of(), renderer).isEmpty(), "no batch unless asked for");
        assertThrows(Args.UsageException.class, () -> ServeCommand.batch(batchArgs("--nightly", "02:00"), Map.of(), renderer));
        assertThrows(Args.UsageException.class,
                () -> ServeCommand.batch(batchArgs("--batch-in", "in", "--batch-out", "out", "--nightly", "25:99"), Map.of(), renderer));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("serve-batch");
        try (var scheduler = ServeCommand.batch(batchArgs(), Map.of("BATCH_IN", dir.toString(),
                "BATCH_OUT", dir.resolve("out").toString(), "NIGHTLY", "02:30"), renderer).orElseThrow()) {
            assertEquals(2, scheduler.nextScheduled().orElseThrow().getHour());
            assertEquals(30, scheduler.nextScheduled().orElseThrow().getMinute());
            assertEquals("idle", scheduler.status().state().toString().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static Args batchArgs(String... words) {
        String[] all = new String[words.length + 1];
        all[0] = "serve";
        System.arraycopy(words, 0, all, 1, words.length);
        return Args.parse(all, 1, Set.of("nightly", "batch-in", "batch-out"), Set.of());
    }

    @Test
    void badValuesAreUsageErrors() {
        assertThrows(Args.UsageException.class, () -> ServeCommand.config(args("--port", "http"), Map.of()));
        assertThrows(Args.UsageException.class, () -> ServeCommand.config(args(), Map.of("PORT", "x")));
        assertThrows(Args.UsageException.class, () -> ServeCommand.config(args("--port", "70000"), Map.of()));
        assertThrows(Args.UsageException.class, () -> ServeCommand.config(args("--render-threads", "0"), Map.of()));
    }
}
