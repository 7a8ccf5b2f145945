package dev.unidial.voiceable;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CreatedCampaign;
import dev.unidial.Target;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * One million recipients from a lazy source, in a JVM of at most 64 MB (set for this
 * module's tests): the CSV must be written to the socket as it is produced. The server
 * counts lines as they arrive and keeps nothing.
 */
class VoiceableStreamingTest {
    private static final int RECIPIENTS = 1_000_000;

    @Test
    void a_million_recipients_stream_through_a_64_mb_heap() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("this test only proves something in a small heap")
                .isLessThanOrEqualTo(80L << 20);
        AtomicLong phoneLines = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/campaigns", exchange -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = exchange.getRequestBody()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    bytes.addAndGet(n);
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '+') {
                            phoneLines.incrementAndGet();
                        }
                    }
                }
            }
            byte[] answer = VoiceableClientTest.created(42).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        Iterable<Target> lazy = () -> new Iterator<>() {
            int i;

            public boolean hasNext() {
                return i < RECIPIENTS;
            }

            public Target next() {
                return Target.of("+1415" + (5_000_000 + i++));
            }
        };
        Campaign campaign = VoiceableClientTest.campaign().audience(Audience.targets(lazy)).build();
        try (VoiceableClient client = VoiceableClient.builder().apiKey("vk_stream_123")
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).build()) {
            CreatedCampaign created = client.create(campaign);
            assertThat(created.id()).isEqualTo("42");
        } finally {
            server.stop(0);
        }
        assertThat(phoneLines.get()).isEqualTo(RECIPIENTS);
        assertThat(bytes.get()).isGreaterThan(RECIPIENTS * 12L);
    }
}
