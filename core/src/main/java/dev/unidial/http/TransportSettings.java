package dev.unidial.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The settings every vendor client shares, with their defaults:
 * <ul>
 *   <li>{@code connectTimeout} 10 s, {@code readTimeout} 60 s (also the write timeout);</li>
 *   <li>{@code callTimeout} 5 min: the whole exchange, connecting to the last byte of the
 *       answer, so a server that drips one byte at a time cannot hold a call forever; a
 *       streamed upload (a body whose length is unknown, such as a million-row CSV) has only
 *       the read and write timeouts, and its answer gets the deadline from its first byte;</li>
 *   <li>{@code maxResponseBytes} 16 MiB: a success body larger than this (after gzip is
 *       undone) is not read and becomes an {@code UnexpectedResponseException};</li>
 *   <li>{@code maxRetries} 2: HTTP retries of the SDK's own requests, with exponential
 *       backoff from {@code initialBackoff} 500 ms up to {@code maxBackoff} 8 s, with jitter;</li>
 *   <li>{@code maxRetryAfter} 60 s: a {@code Retry-After} longer than this is not waited
 *       for, the error is thrown with {@code retryAfter()} instead;</li>
 *   <li>{@code retryAmbiguousFailures} false: a create is never resent after a failure the
 *       vendor may have acted on (timeout after sending, 500, 502, 504);</li>
 *   <li>{@code httpClient}: none, so the client builds and owns its own.</li>
 * </ul>
 * What is retried: connection failures before the request was written, 429 and 503, on
 * every request; also, on reads (GET) or when {@code retryAmbiguousFailures} is set,
 * timeouts and resets after sending, 500, 502 and 504.
 */
public final class TransportSettings {
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final long maxResponseBytes;
    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final boolean retryAmbiguousFailures;
    private final OkHttpClient httpClient;
    private final Sleeper sleeper;
    private final Clock clock;

    private TransportSettings(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.callTimeout = b.callTimeout;
        this.maxResponseBytes = b.maxResponseBytes;
        this.maxRetries = b.maxRetries;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
        this.retryAmbiguousFailures = b.retryAmbiguousFailures;
        this.httpClient = b.httpClient;
        this.sleeper = b.sleeper;
        this.clock = b.clock;
    }

    /** A builder with the defaults above. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults above. */
    public static TransportSettings defaults() {
        return builder().build();
    }

    /** How long to wait for a connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for each read or write. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** The deadline for a whole exchange, except streamed uploads. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** The largest success body read, in bytes. */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** Retries after the first attempt. */
    public int maxRetries() {
        return maxRetries;
    }

    /** The first backoff. */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** The longest backoff. */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** The longest {@code Retry-After} that is waited for. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** Whether non-idempotent requests are retried after ambiguous failures. */
    public boolean retryAmbiguousFailures() {
        return retryAmbiguousFailures;
    }

    /** The user's own OkHttp client, if one was given. */
    public Optional<OkHttpClient> httpClient() {
        return Optional.ofNullable(httpClient);
    }

    /** Waits between retries. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** The clock {@code Retry-After} dates are read against. */
    public Clock clock() {
        return clock;
    }

    /** Builds {@link TransportSettings}; every method refuses null and negative values. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration callTimeout = Duration.ofMinutes(5);
        private long maxResponseBytes = 16L << 20;
        private int maxRetries = 2;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private boolean retryAmbiguousFailures;
        private OkHttpClient httpClient;
        private Sleeper sleeper = Sleeper.system();
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** Connect timeout; default 10 s. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** Read and write timeout; default 60 s. */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /** The deadline for a whole exchange (streamed uploads excepted); default 5 min. */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = positive(timeout, "callTimeout");
            return this;
        }

        /** The largest success body read, in bytes; default 16 MiB. */
        public Builder maxResponseBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1, but is " + bytes);
            }
            this.maxResponseBytes = bytes;
            return this;
        }

        /** HTTP retries after the first attempt; default 2, 0 disables them. */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be 0 or more, but is " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /** The first backoff; default 500 ms. */
        public Builder initialBackoff(Duration backoff) {
            this.initialBackoff = positive(backoff, "initialBackoff");
            return this;
        }

        /** The longest backoff; default 8 s. */
        public Builder maxBackoff(Duration backoff) {
            this.maxBackoff = positive(backoff, "maxBackoff");
            return this;
        }

        /** The longest {@code Retry-After} waited for; default 60 s. */
        public Builder maxRetryAfter(Duration max) {
            this.maxRetryAfter = positive(max, "maxRetryAfter");
            return this;
        }

        /**
         * Also retry creates after failures the vendor may have acted on (a timeout after the
         * request was sent, 500, 502, 504). Off by default: turning it on can create a
         * campaign twice.
         */
        public Builder retryAmbiguousFailures(boolean retry) {
            this.retryAmbiguousFailures = retry;
            return this;
        }

        /** An OkHttp client to use as given; the SDK never shuts it down. */
        public Builder httpClient(OkHttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "httpClient");
            return this;
        }

        /** How to wait between retries; for tests. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The clock for {@code Retry-After} dates; for tests. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The immutable settings. */
        public TransportSettings build() {
            return new TransportSettings(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, but is " + d);
            }
            return d;
        }
    }
}
