package cn.jixiao.docs.service;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most so many open connections per client address: one client that opens hundreds of connections and trickles
 * its requests would otherwise hold every server thread, and /health with them. Past the cap a new connection is
 * closed as soon as it opens, before anything is read from it. A connection listener on the connector, so it sees
 * every connection Jetty opens and closes. Thread-safe.
 */
final class PerAddressLimit implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(PerAddressLimit.class);

    private static final long WARNING_INTERVAL_NANOS = 60_000_000_000L;

    private final int cap;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARNING_INTERVAL_NANOS - 1);
    private final Map<InetAddress, Integer> open = new HashMap<>();
    /** Each open connection's address, taken when it opened: a closed endpoint may no longer know its peer. */
    private final Map<Connection, InetAddress> addresses = new ConcurrentHashMap<>();

    PerAddressLimit(int cap) { this.cap = cap; }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = address(connection);
        if (address == null) {
            return;
        }
        addresses.put(connection, address);
        int count;
        synchronized (open) {
            count = open.merge(address, 1, Integer::sum);
        }
        if (count > cap) {
            long now = System.nanoTime();
            long last = lastWarning.get();
            // Once a minute at most: an attack opens connections by the thousand, the log must not follow suit.
            if (now - last > WARNING_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
                LOG.warn("client {} holds {} connections, the most one address may; closing the ones past that",
                        address.getHostAddress(), cap);
            }
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = addresses.remove(connection);
        if (address == null) {
            return;
        }
        synchronized (open) {
            open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
        }
    }

    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
