package dev.unidial.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/**
 * A failure a simulator plays instead of (or around) its normal answer, for the next
 * requests it is told to: see {@link VendorSimulator#failNext(int, Fault)}.
 */
public abstract class Fault {
    private final String name;

    private Fault(String name) {
        this.name = name;
    }

    /** The answer to give; {@code normal} is what the simulator would have answered. */
    abstract MockResponse apply(VendorSimulator simulator, Supplier<MockResponse> normal);

    /** {@return the normal answer: a placeholder so that a fault queued after it hits a later request} */
    public static Fault pass() {
        return new Fault("pass") {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                return normal.get();
            }
        };
    }

    /**
     * 429 in the vendor's envelope, with {@code Retry-After} in whole seconds.
     *
     * @param retryAfter how long the vendor asked to wait, or null when it did not say
     * @return the fault
     */
    public static Fault rateLimited(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        return new Fault("429 Retry-After " + retryAfter.toSeconds() + "s") {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                return new MockResponse.Builder(s.error(429, "Too many requests"))
                        .setHeader("Retry-After", Long.toString(retryAfter.toSeconds())).build();
            }
        };
    }

    /**
     * 429 in the vendor's envelope with {@code Retry-After} as an HTTP date.
     *
     * @param httpDate an HTTP date
     * @return the fault
     */
    public static Fault rateLimitedUntil(String httpDate) {
        return new Fault("429 Retry-After " + httpDate) {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                return new MockResponse.Builder(s.error(429, "Too many requests")).setHeader("Retry-After", httpDate).build();
            }
        };
    }

    /** {@return 429 without {@code Retry-After}} */
    public static Fault rateLimitedWithoutRetryAfter() {
        return new Fault("429") {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                return s.error(429, "Too many requests");
            }
        };
    }

    /**
     * The vendor's own error answer, in its envelope, for this status and message.
     *
     * @param status the HTTP status
     * @param message the vendor's message
     * @return the fault
     */
    public static Fault error(int status, String message) {
        Objects.requireNonNull(message, "message");
        return new Fault("HTTP " + status + " " + message) {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                return s.error(status, message);
            }
        };
    }

    /**
     * {@return an error status in the vendor's envelope (500, 502, 503, 504…); the request is not processed}
     *
     * @param status the HTTP status
     */
    public static Fault status(int status) {
        return new Fault("HTTP " + status) {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                return s.error(status, "Simulated failure " + status);
            }
        };
    }

    /**
     * Any status and raw body (HTML, truncated JSON, an empty body…); the request is not processed.
     *
     * @param status the HTTP status
     * @param body the response body, with secrets removed
     * @return the fault
     */
    public static Fault body(int status, String body) {
        return new Fault("HTTP " + status + " raw body") {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                return new MockResponse.Builder().code(status).body(body).build();
            }
        };
    }

    /**
     * {@return the normal answer, after a delay before its headers (to trip read timeouts)} The request IS processed.
     *
     * @param delay how long to wait
     */
    public static Fault slow(Duration delay) {
        return new Fault("slow " + delay.toMillis() + " ms") {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                return new MockResponse.Builder(normal.get()).headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS).build();
            }
        };
    }

    /**
     * {@return the normal answer, its body trickling slower than {@code delay} per 16 bytes} The request IS processed.
     *
     * @param delay how long to wait
     */
    public static Fault slowBody(Duration delay) {
        return new Fault("slow body") {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                return new MockResponse.Builder(normal.get()).throttleBody(16, delay.toMillis(), TimeUnit.MILLISECONDS).build();
            }
        };
    }

    /**
     * {@return the normal answer behind 1 KiB of leading white space, sent one byte every
     * {@code perByte}: each read succeeds, so only an overall deadline ends the wait} The
     * request IS processed.
     *
     * @param perByte the pause after each byte
     */
    public static Fault drip(Duration perByte) {
        Objects.requireNonNull(perByte, "perByte");
        return new Fault("dripping body") {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                MockResponse answer = normal.get();
                okio.Buffer body = new okio.Buffer().writeUtf8(" ".repeat(1024));
                if (answer.getBody() != null) {
                    try {
                        answer.getBody().writeTo(body);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return new MockResponse.Builder(answer).body(body)
                        .throttleBody(1, perByte.toMillis(), TimeUnit.MILLISECONDS).build();
            }
        };
    }

    /**
     * {@return a server stuck on one page: the first request gets its normal answer rewritten by
     * {@code claimMore} (which sets the vendor's own "more pages follow" field), and every later
     * request the fault is used for gets that same answer again} Give it to
     * {@link VendorSimulator#failNext} with a count: the one instance remembers its first answer.
     *
     * @param claimMore rewrites a JSON answer so that it claims that more pages follow
     */
    public static Fault samePageForever(UnaryOperator<ObjectNode> claimMore) {
        Objects.requireNonNull(claimMore, "claimMore");
        return new Fault("the same page, claiming more, for ever") {
            private String page;

            @Override
            synchronized MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                if (page == null) {
                    MockResponse answer = normal.get();
                    okio.Buffer body = new okio.Buffer();
                    try {
                        answer.getBody().writeTo(body);
                        page = VendorSimulator.JSON.writeValueAsString(claimMore.apply(
                                (ObjectNode) VendorSimulator.JSON.readTree(body.readUtf8())));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(page).build();
            }
        };
    }

    /**
     * {@return the connection is dropped after the request arrives, before any answer; the request is not processed}
     */
    public static Fault disconnect() {
        return new Fault("dropped connection") {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
            }
        };
    }

    /**
     * {@return the normal answer starts, then the connection is reset in the middle of its body} The request IS processed.
     */
    public static Fault resetMidBody() {
        return new Fault("reset mid-body") {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                MockResponse answer = normal.get();
                return new MockResponse.Builder(answer).body(answer.getBody() == null ? "{}" : "{\"padding\":\""
                        + "x".repeat(64 * 1024) + "\"}").onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build();
            }
        };
    }

    /**
     * {@return a redirect: this status (301, 302, 303, 307, 308) with a {@code Location} header, as a
     * misconfigured proxy or a hostile server would answer} The request is not processed.
     *
     * @param status the HTTP status
     * @param location the {@code Location} header
     */
    public static Fault redirect(int status, String location) {
        Objects.requireNonNull(location, "location");
        if (status < 300 || status > 399) {
            throw new IllegalArgumentException("a redirect status is 3xx, not " + status);
        }
        return new Fault("HTTP " + status + " redirect") {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                return new MockResponse.Builder().code(status).setHeader("Location", location)
                        .setHeader("Content-Type", "text/html").body("<a href=\"" + location + "\">moved</a>").build();
            }
        };
    }

    /**
     * {@return a 200 whose JSON body never ends (no {@code Content-Length}, bytes until the client
     * hangs up), as a broken or hostile server streams} The request is not processed.
     */
    public static Fault endlessBody() {
        return new Fault("endless 200 body") {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body(new EndlessBody(false)).build();
            }
        };
    }

    /**
     * {@return a 200 with {@code Content-Encoding: gzip} whose few compressed bytes unpack to an
     * endless run of zeros: a gzip bomb} The request is not processed.
     */
    public static Fault gzipBomb() {
        return new Fault("gzip bomb") {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .setHeader("Content-Encoding", "gzip").body(new EndlessBody(true)).build();
            }
        };
    }

    /**
     * {@return the vendor echoes what it received (the request line, every header and the body) back
     * in the message fields of its answer, with this status, written in this encoding: the
     * way a server can put a key into an error message}
     *
     * @param status the HTTP status
     * @param encoding how the credential is encoded in the echo
     */
    public static Fault echo(int status, Echo encoding) {
        Objects.requireNonNull(encoding, "encoding");
        return new Fault("HTTP " + status + " echo " + encoding) {
            @Override
            MockResponse apply(VendorSimulator s, Supplier<MockResponse> normal) {
                SimulatedRequest r = s.lastRequest();
                StringBuilder text = new StringBuilder(r.method()).append(' ').append(r.path()).append('\n');
                r.headers().forEach((name, values) -> values.forEach(v -> text.append(name).append(": ").append(v)
                        .append('\n')));
                text.append('\n').append(r.bodyText());
                return encoding.answer(status, text.toString());
            }
        };
    }

    /** How {@link #echo} writes back what it received. */
    public enum Echo {
        /** As received, in the JSON message fields. */
        PLAIN,
        /** Every character as a JSON unicode escape, such as {@code \\u0041} for {@code A}. */
        JSON_UNICODE_ESCAPED,
        /** Percent-encoded, spaces as {@code +}. */
        URL_ENCODED,
        /** Standard Base64. */
        BASE64,
        /** URL-safe Base64 without padding. */
        BASE64_URL,
        /** An HTML page with every character as a numeric character reference. */
        HTML_ENTITIES;

        MockResponse answer(int status, String echoed) {
            if (this == HTML_ENTITIES) {
                StringBuilder html = new StringBuilder("<html><body><pre>");
                echoed.codePoints().forEach(c -> html.append("&#").append(c).append(';'));
                return new MockResponse.Builder().code(status).setHeader("Content-Type", "text/html")
                        .body(html.append("</pre></body></html>").toString()).build();
            }
            String value;
            switch (this) {
                case URL_ENCODED -> value = URLEncoder.encode(echoed, StandardCharsets.UTF_8);
                case BASE64 -> value = Base64.getEncoder().encodeToString(
                        echoed.getBytes(StandardCharsets.UTF_8));
                case BASE64_URL -> value = Base64.getUrlEncoder().withoutPadding().encodeToString(
                        echoed.getBytes(StandardCharsets.UTF_8));
                default -> value = echoed;
            }
            String json;
            if (this == JSON_UNICODE_ESCAPED) {
                StringBuilder escaped = new StringBuilder();
                value.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
                json = "\"" + escaped + "\"";
            } else {
                json = VendorSimulator.quote(value);
            }
            // Every field a vendor here keeps its message in, and the failure markers of their envelopes.
            String body = "{\"status\":\"error\",\"success\":false,\"message\":" + json + ",\"detail\":" + json
                    + ",\"msg\":" + json + ",\"error\":" + json + "}";
            return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
        }
    }

    /** Zeros (gzip-compressed) or JSON padding, written until the client stops reading. */
    private static final class EndlessBody implements mockwebserver3.MockResponseBody {
        private final boolean gzip;

        EndlessBody(boolean gzip) {
            this.gzip = gzip;
        }

        @Override
        public long getContentLength() {
            return -1;
        }

        @Override
        public void writeTo(okio.BufferedSink sink) throws IOException {
            byte[] chunk = new byte[64 * 1024];
            okio.BufferedSink out = sink;
            if (gzip) {
                out = okio.Okio.buffer(new okio.GzipSink(sink));
            } else {
                Arrays.fill(chunk, (byte) 'x');
                out.writeUtf8("{\"padding\":\"");
            }
            // Bounded so that a client that never stops cannot keep the simulator busy forever: 4 GiB.
            for (int i = 0; i < 65_536; i++) {
                out.write(chunk);
                out.flush();
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
