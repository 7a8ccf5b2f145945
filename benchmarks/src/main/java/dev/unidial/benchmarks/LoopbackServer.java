package dev.unidial.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one local server both sides of every benchmark talk to: the JDK's HttpServer on
 * loopback, answering each vendor's create path with a fixed success body after reading
 * (and counting the lines of) the whole request body.
 */
public final class LoopbackServer implements AutoCloseable {
    static {
        // Without TCP_NODELAY the server's separate head and body writes wait ~40 ms for a
        // delayed ACK, which would swamp what both sides of every benchmark do.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong lines = new AtomicLong();

    public LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests answered so far. */
    public long requests() {
        return requests.get();
    }

    /** Newlines received in request bodies so far (a Voiceable CSV's rows). */
    public long lines() {
        return lines.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long newlines = 0;
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
            }
        }
        lines.addAndGet(newlines);
        requests.incrementAndGet();
        byte[] body = answer(exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(path(exchange).equals("/api/v1/campaigns") ? 201 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String path(HttpExchange e) {
        return e.getRequestURI().getPath();
    }

    private static String answer(String path) {
        if (path.equals("/campaigns")) {
            return "{\"campaign_id\":\"cmp_1\",\"agent_id\":\"3c90c3cc-0d44-4b50-8888-8dd25736052a\",\"name\":\"Bench\","
                    + "\"total_targets\":1000,\"status\":\"pending\",\"scheduled_at\":null,\"started_at\":null,"
                    + "\"calls_initiated\":0,\"calls_completed\":0,\"calls_failed\":0}";
        }
        if (path.equals("/api/v1/campaigns/")) {
            return "{\"success\":true,\"message\":\"Campaign created successfully\",\"data\":{\"id\":\"019ebbef-48d7\","
                    + "\"name\":\"Bench\",\"status\":\"draft\",\"executionStatus\":\"draft\",\"createdAt\":\"2026-06-12T13:04:41Z\"}}";
        }
        if (path.startsWith("/agentassist/")) {
            return "{\"status\":\"success\",\"message\":\"Campaign Bench creation in progress\",\"data\":{\"id\":\"cd-1\","
                    + "\"name\":\"Bench\",\"status\":\"Preparing\",\"createdAt\":\"2025-06-26T10:31:37.861Z\"}}";
        }
        if (path.equals("/v2/call/campaign")) {
            return "{\"batch_id\":\"68433b7b0dee98e59245ebab\",\"message\":\"Campaign created successfully\",\"status\":\"success\"}";
        }
        if (path.equals("/call/outbound")) {
            return "{\"status\":\"done\",\"message\":\"Call queued successfully\",\"call_sid\":\"CA1234567890\"}";
        }
        if (path.equals("/api/v1/campaigns")) {
            return "{\"status\":{\"code\":201,\"message\":\"Campaign created successfully\"},\"data\":{\"id\":1,"
                    + "\"name\":\"Bench\",\"status\":\"pending\",\"recipients_count\":1000000}}";
        }
        return "{}";
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
