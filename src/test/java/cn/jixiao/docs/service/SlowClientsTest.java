package cn.jixiao.docs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 300 connections that send their body at one byte a second, as one attacker and as 300 (loopback has a whole /8 of
 * source addresses): /health keeps answering and a normal render succeeds throughout, because one address may hold
 * only so many connections and a body arriving slower than the minimum rate is refused. Bounded: each phase trickles
 * for a few seconds, then every socket is closed.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SlowClientsTest {

    private static final int CONNECTIONS = 300;
    private static final int TRICKLE_SECONDS = 6;
    /**
     * About hanging, not speed: a /health that waits for a trickling body would wait for the idle timeout (20 s).
     * While 300 connections from 300 addresses hold every Jetty thread, /health waits until the data rate cuts
     * them off (the second trickled byte, one to two seconds in); on a loaded machine that took over 5 s.
     */
    private static final Duration HEALTH = Duration.ofSeconds(10);
    private static TestService server;

    @BeforeAll
    static void start() {
        server = TestService.ready(TestService.config());
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void oneAddressWithThreeHundredTricklingConnectionsTakesNothingFromOthers() throws Exception {
        // All but the capped few are closed on opening, the few by the data rate.
        attackAndServe(i -> "127.0.0.2");
    }

    @Test
    void threeHundredAddressesTricklingAreCutOffByTheDataRate() throws Exception {
        attackAndServe(i -> "127.0." + (10 + i / 200) + "." + (1 + i % 200));
    }

    private static void attackAndServe(IntFunction<String> sourceAddress) throws Exception {
        List<Socket> sockets = attack(sourceAddress);
        try {
            trickleWhileServingOthers(sockets);
            assertEquals(CONNECTIONS, closedByServer(sockets), "every trickling connection was closed");
        } finally {
            closeAll(sockets);
        }
    }

    /** The cap counts open connections: a hundred made one after another from one address are all answered. */
    @Test
    void connectionsOneAfterAnotherFromOneAddressAreNeverCapped() throws Exception {
        ServiceConfig.Connections four = new ServiceConfig.Connections(Duration.ofSeconds(20), 2048, 4);
        try (TestService capped = TestService.start(TestService.config().withConnections(four))) {
            for (int i = 0; i < 100; i++) {
                // The server counts a close when Jetty tells it, a moment after the client has seen the end of the
                // answer, so a quick next connection may find the last few still counted: ask again briefly. Were
                // closes never counted, the fifth connection would be refused for good.
                String answer = "";
                for (int attempt = 0; attempt < 20 && !answer.startsWith("HTTP/1.1 200"); attempt++) {
                    if (attempt > 0) {
                        Thread.sleep(50);
                    }
                    answer = health(capped.service.port());
                }
                assertTrue(answer.startsWith("HTTP/1.1 200"), "connection " + i + ": " + answer);
            }
        }
    }

    private static String health(int port) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        } catch (java.net.SocketException e) {
            return "closed: " + e.getMessage(); // refused on opening by the cap
        }
    }

    private static List<Socket> attack(IntFunction<String> sourceAddress) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        byte[] head = ("POST /api/documents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < CONNECTIONS; i++) {
            Socket s = new Socket();
            s.bind(new InetSocketAddress(InetAddress.getByName(sourceAddress.apply(i)), 0));
            s.connect(new InetSocketAddress("127.0.0.1", server.service.port()), 5000);
            sockets.add(s);
            try {
                s.getOutputStream().write(head);
            } catch (IOException e) {
                // Closed on opening (the per-address cap): that is the defence working.
            }
        }
        return sockets;
    }

    /** One byte a second on every open connection while /health and a render are asked from another address. */
    private static void trickleWhileServingOthers(List<Socket> sockets) throws Exception {
        CompletableFuture<HttpResponse<byte[]>> render = CompletableFuture.supplyAsync(
                () -> server.postJson("/api/documents", Fixtures.read(Fixtures.JULU)));
        for (int second = 0; second < TRICKLE_SECONDS; second++) {
            for (Socket s : sockets) {
                try {
                    OutputStream out = s.getOutputStream();
                    out.write(' ');
                    out.flush();
                } catch (IOException e) {
                    // The server closed it.
                }
            }
            HttpResponse<byte[]> health = assertTimeoutPreemptively(HEALTH, () -> server.get("/health"));
            assertEquals(200, health.statusCode(), "second " + second);
            Thread.sleep(1000);
        }
        HttpResponse<byte[]> r = render.get(60, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode(), TestService.text(r));
        assertTrue(TestService.text(r).startsWith("%PDF"));
    }

    /** Connections the server has answered (408) or closed: reading gives an answer or the end of the stream. */
    private static int closedByServer(List<Socket> sockets) throws IOException {
        int closed = 0;
        for (Socket s : sockets) {
            try {
                s.setSoTimeout(200);
                InputStream in = s.getInputStream();
                byte[] buf = new byte[4096];
                int n = in.read(buf);
                if (n < 0 || new String(buf, 0, n, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 408")) {
                    closed++;
                } else if (n > 0) {
                    closed += in.read(buf) < 0 ? 1 : 0;
                }
            } catch (SocketTimeoutException e) {
                // Still open: the server is still waiting for its body.
            } catch (IOException e) {
                closed++; // reset by the server
            }
        }
        return closed;
    }

    private static void closeAll(List<Socket> sockets) {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // Already gone.
            }
        }
    }
}
