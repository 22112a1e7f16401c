package cn.jixiao.docs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The service in its own JVM under a small heap, asked for the zip of the largest plan the contract allows (500
 * projects of 80 indicators, under the body limit) by two clients while eight render the reference plan. As
 * configured it refuses the large plan (413) and keeps serving. With its memory budget lifted the large render
 * exhausts the heap, and then the process exits non-zero (its supervisor starts a new one). Either way it is never
 * alive and deaf: whenever the process is alive, /health answers.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class OutOfMemoryTest {

    private static final String HEAP = "-Xmx192m";
    /** Alive but not answering /health for this long is the failure this test exists for. */
    private static final Duration DEAF = Duration.ofSeconds(15);
    static byte[] largestPlan() {
        StringBuilder sb = new StringBuilder("{\"year\": 2024, \"department\": {\"code\": \"711001\", \"name\": \"巨鹿县总工会\"}, \"projects\": [");
        for (int p = 0; p < 500; p++) {
            sb.append(p == 0 ? "" : ",").append("{\"code\": \"P").append(p).append("\", \"name\": \"项目").append(p)
                    .append("\", \"budget\": {\"total\": 13}, \"indicators\": [");
            for (int i = 0; i < 80; i++) {
                sb.append(i == 0 ? "" : ",").append("{\"level1\": \"产出指标\", \"level2\": \"数量指标\", \"level3\": \"保障人数")
                        .append(i).append("\", \"value\": \"").append(i).append("人\"}");
            }
            sb.append("]}");
        }
        return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void asConfiguredTheLargestPlanIsRefusedAndTheServiceKeepsServing() throws Exception {
        byte[] large = largestPlan();
        assertTrue(large.length < ServiceConfig.DEFAULT_MAX_BODY_BYTES, "under the body limit: " + large.length);
        try (Child child = Child.start(Map.of())) {
            List<Integer> statuses = attack(child, large, Duration.ofSeconds(20));
            assertTrue(child.process.isAlive(), "still running");
            assertTrue(statuses.contains(413), "the large plan was refused as never fitting: " + statuses);
            assertTrue(statuses.contains(200), "normal renders went on: " + statuses);
            assertEquals(200, child.health().statusCode());
        }
    }

    @Test
    void withTheBudgetLiftedItRunsOutOfMemoryAndExitsRatherThanGoingDeaf() throws Exception {
        byte[] large = largestPlan();
        try (Child child = Child.start(Map.of("RENDER_MEMORY_MB", "4000"))) {
            List<Integer> statuses = attack(child, large, Duration.ofSeconds(60));
            if (child.process.isAlive()) {
                System.out.println("OutOfMemoryTest: kept serving, statuses " + new java.util.TreeSet<>(statuses));
                assertEquals(200, child.health().statusCode(), "alive, so it must answer");
            } else {
                System.out.println("OutOfMemoryTest: exited with " + child.process.exitValue());
                assertNotEquals(0, child.process.exitValue());
                assertTrue(child.log().contains("OutOfMemoryError"), child.log());
            }
        }
    }

    /**
     * Two clients posting the large plan and eight the reference plan, for {@code duration} or until the process
     * ends; /health is checked throughout. Returns the statuses the clients got (0 for a failed connection).
     */
    private List<Integer> attack(Child child, byte[] large, Duration duration) throws Exception {
        byte[] julu = Fixtures.read(Fixtures.JULU);
        long until = System.nanoTime() + duration.toNanos();
        List<CompletableFuture<List<Integer>>> clients = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            byte[] body = c < 2 ? large : julu;
            String format = c < 2 ? "zip" : "pdf";
            clients.add(CompletableFuture.supplyAsync(() -> {
                List<Integer> got = new ArrayList<>();
                while (System.nanoTime() < until && child.process.isAlive()) {
                    got.add(child.post("/api/documents?format=" + format, body));
                }
                return got;
            }));
        }
        long deafSince = 0;
        while (System.nanoTime() < until && child.process.isAlive()) {
            boolean answered;
            try {
                answered = child.health().statusCode() == 200;
            } catch (IOException e) {
                answered = false;
            }
            if (answered) {
                deafSince = 0;
            } else if (child.process.isAlive()) {
                deafSince = deafSince == 0 ? System.nanoTime() : deafSince;
                assertTrue(System.nanoTime() - deafSince < DEAF.toNanos(), "alive and deaf for " + DEAF + "\n" + child.log());
            }
            Thread.sleep(500);
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<List<Integer>> c : clients) {
            statuses.addAll(c.get(3, TimeUnit.MINUTES));
        }
        return statuses;
    }

    /** {@code serve} in a JVM of its own with a small heap, on a free loopback port. */
    private static final class Child implements AutoCloseable {
        private static final Pattern SERVING = Pattern.compile("http://localhost:(\\d+)");
        final Process process;
        final URI base;
        private final StringBuffer log = new StringBuffer();
        /** Reads the child's output into {@link #log}; it ends once the process has and its last lines are read. */
        private Thread drain;
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        private Child(Process process, URI base) {
            this.process = process;
            this.base = base;
        }

        static Child start(Map<String, String> env) throws Exception {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                    "-cp", System.getProperty("java.class.path"), "cn.jixiao.docs.Main", "serve", "--port", "0",
                    "--host", "127.0.0.1");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("LC_ALL", "C.UTF-8");
            pb.environment().putAll(env);
            Process p = pb.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            StringBuffer log = new StringBuffer();
            String line;
            Integer port = null;
            while (port == null && (line = out.readLine()) != null) {
                log.append(line).append('\n');
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            if (port == null) {
                throw new AssertionError("the service did not start:\n" + log);
            }
            Child child = new Child(p, URI.create("http://127.0.0.1:" + port));
            child.log.append(log);
            child.drain = new Thread(() -> {
                try {
                    String l;
                    while ((l = out.readLine()) != null) {
                        child.log.append(l).append('\n');
                    }
                } catch (IOException e) {
                    // The process ended.
                }
            });
            child.drain.setDaemon(true);
            child.drain.start();
            child.awaitReady();
            return child;
        }

        private void awaitReady() throws Exception {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < until) {
                try {
                    if (client.send(HttpRequest.newBuilder(base.resolve("/ready")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // Not listening yet.
                }
                Thread.sleep(200);
            }
            throw new AssertionError("never ready:\n" + log);
        }

        HttpResponse<String> health() throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        int post(String path, byte[] body) {
            try {
                return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }

        /** Everything the child wrote so far; once it has ended, all of it (its exit can be seen before its last lines). */
        String log() throws InterruptedException {
            if (!process.isAlive()) {
                drain.join(TimeUnit.SECONDS.toMillis(10));
            }
            return log.toString();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("SIGTERM did not stop the service within 40 s");
            }
        }
    }
}
