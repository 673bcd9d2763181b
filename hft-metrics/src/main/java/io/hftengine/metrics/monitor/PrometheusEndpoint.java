package io.hftengine.metrics.monitor;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves {@code GET /metrics} in Prometheus text format on the JDK's built-in HTTP server
 * (module {@code jdk.httpserver}), bound to loopback unless told otherwise: the metrics describe
 * a trading engine and are not for the network at large.
 */
final class PrometheusEndpoint implements AutoCloseable {
    private final HttpServer server;

    PrometheusEndpoint(final String bindAddress, final int port, final Supplier<String> body) throws IOException {
        final InetSocketAddress address = new InetSocketAddress(bindAddress, port);
        if (address.isUnresolved()) {
            throw new IOException("Prometheus endpoint: unknown host \"" + bindAddress + "\" (--bind)");
        }
        try {
            server = HttpServer.create(address, 16);
        } catch (final IOException e) {
            // The JDK's message alone ("Address already in use") names neither the port nor a way out.
            throw new IOException("Prometheus endpoint: cannot bind " + bindAddress + ":" + port + ": "
                + e.getMessage() + " (another monitor? --port N, or --port -1 for none)", e);
        }
        server.createContext("/metrics", exchange -> respond(exchange, body.get()));
        server.start();
    }

    private static void respond(final HttpExchange exchange, final String body) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", PrometheusExposition.CONTENT_TYPE);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
