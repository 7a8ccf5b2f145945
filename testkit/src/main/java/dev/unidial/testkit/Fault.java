package dev.unidial.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
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
    abstract MockResponse apply(VendorSimulator simulator, java.util.function.Supplier<MockResponse> normal);

    /** The normal answer: a placeholder so that a fault queued after it hits a later request. */
    public static Fault pass() {
        return new Fault("pass") {
            @Override
            MockResponse apply(VendorSimulator s, java.util.function.Supplier<MockResponse> normal) {
                return normal.get();
            }
        };
    }

    /** 429 in the vendor's envelope, with {@code Retry-After} in whole seconds. */
    public static Fault rateLimited(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        return new Fault("429 Retry-After " + retryAfter.toSeconds() + "s") {
            @Override
            MockResponse apply(VendorSimulator s, java.util.function.Supplier<MockResponse> normal) {
                return new MockResponse.Builder(s.error(429, "Too many requests"))
                        .setHeader("Retry-After", Long.toString(retryAfter.toSeconds())).build();
            }
        };
    }

    /** 429 in the vendor's envelope with {@code Retry-After} as an HTTP date. */
    public static Fault rateLimitedUntil(String httpDate) {
        return new Fault("429 Retry-After " + httpDate) {
            @Override
            MockResponse apply(VendorSimulator s, java.util.function.Supplier<MockResponse> normal) {
                return new MockResponse.Builder(s.error(429, "Too many requests")).setHeader("Retry-After", httpDate).build();
            }
        };
    }

    /** 429 without {@code Retry-After}. */
    public static Fault rateLimitedWithoutRetryAfter() {
        return new Fault("429") {
            @Override
            MockResponse apply(VendorSimulator s, java.util.function.Supplier<MockResponse> normal) {
                return s.error(429, "Too many requests");
            }
        };
    }

    /** An error status in the vendor's envelope (500, 502, 503, 504…); the request is not processed. */
    public static Fault status(int status) {
        return new Fault("HTTP " + status) {
            @Override
            MockResponse apply(VendorSimulator s, java.util.function.Supplier<MockResponse> normal) {
                return s.error(status, "Simulated failure " + status);
            }
        };
    }

    /** Any status and raw body (HTML, truncated JSON, an empty body…); the request is not processed. */
    public static Fault body(int status, String body) {
        return new Fault("HTTP " + status + " raw body") {
            @Override
            MockResponse apply(VendorSimulator s, java.util.function.Supplier<MockResponse> normal) {
                return new MockResponse.Builder().code(status).body(body).build();
            }
        };
    }

    /** The normal answer, after a delay before its headers (to trip read timeouts). The request IS processed. */
    public static Fault slow(Duration delay) {
        return new Fault("slow " + delay.toMillis() + " ms") {
            @Override
            MockResponse apply(VendorSimulator s, java.util.function.Supplier<MockResponse> normal) {
                return new MockResponse.Builder(normal.get()).headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS).build();
            }
        };
    }

    /** The normal answer, its body trickling slower than {@code delay} per 16 bytes. The request IS processed. */
    public static Fault slowBody(Duration delay) {
        return new Fault("slow body") {
            @Override
            MockResponse apply(VendorSimulator s, java.util.function.Supplier<MockResponse> normal) {
                return new MockResponse.Builder(normal.get()).throttleBody(16, delay.toMillis(), TimeUnit.MILLISECONDS).build();
            }
        };
    }

    /** The connection is dropped after the request arrives, before any answer; the request is not processed. */
    public static Fault disconnect() {
        return new Fault("dropped connection") {
            @Override
            MockResponse apply(VendorSimulator s, java.util.function.Supplier<MockResponse> normal) {
                return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
            }
        };
    }

    /** The normal answer starts, then the connection is reset in the middle of its body. The request IS processed. */
    public static Fault resetMidBody() {
        return new Fault("reset mid-body") {
            @Override
            MockResponse apply(VendorSimulator s, java.util.function.Supplier<MockResponse> normal) {
                MockResponse answer = normal.get();
                return new MockResponse.Builder(answer).body(answer.getBody() == null ? "{}" : "{\"padding\":\""
                        + "x".repeat(64 * 1024) + "\"}").onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build();
            }
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
