package dev.unidial.http;

import dev.unidial.CampaignJournal;
import dev.unidial.ClientListener;
import dev.unidial.RequestPacer;
import dev.unidial.Sleeper;
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
    private final CampaignJournal journal;
    private final ClientListener listener;
    private final RequestPacer requestPacer;
    private final Clock clock;
    private final int requestsPerMinute;

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
        this.journal = b.journal;
        this.listener = b.listener;
        this.requestPacer = b.requestPacer;
        this.clock = b.clock;
        this.requestsPerMinute = b.requestsPerMinute;
    }

    /** {@return a builder with the defaults above} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the defaults above} */
    public static TransportSettings defaults() {
        return builder().build();
    }

    /** {@return how long to wait for a connection} */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** {@return how long to wait for each read or write} */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** {@return the deadline for a whole exchange, except streamed uploads} */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** {@return the largest success body read, in bytes} */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** {@return retries after the first attempt} */
    public int maxRetries() {
        return maxRetries;
    }

    /** {@return the first backoff} */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** {@return the longest backoff} */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** {@return the longest {@code Retry-After} that is waited for} */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** {@return whether non-idempotent requests are retried after ambiguous failures} */
    public boolean retryAmbiguousFailures() {
        return retryAmbiguousFailures;
    }

    /** {@return the user's own OkHttp client, if one was given} */
    public Optional<OkHttpClient> httpClient() {
        return Optional.ofNullable(httpClient);
    }

    /**
     * Waits between retries.
     *
     * @return what waits between retries
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * {@return where the client records creates with an idempotency key, when set} Not a
     * transport setting, but a client's: it travels with the rest so that every provider's
     * client finds it in one place.
     */
    public Optional<CampaignJournal> journal() {
        return Optional.ofNullable(journal);
    }

    /** {@return the listener that hears every operation and exchange, or null when there is none} */
    public ClientListener listenerOrNull() {
        return listener;
    }

    /** {@return the pacer every request goes through, when one was given (it replaces {@link #requestsPerMinute()})} */
    public Optional<RequestPacer> requestPacer() {
        return Optional.ofNullable(requestPacer);
    }

    /** {@return the clock {@code Retry-After} dates are read against} */
    public Clock clock() {
        return clock;
    }

    /** {@return the most requests the client sends in any minute; 0 when it does not pace itself} */
    public int requestsPerMinute() {
        return requestsPerMinute;
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
        private CampaignJournal journal;
        private ClientListener listener;
        private RequestPacer requestPacer;
        private Clock clock = Clock.systemUTC();
        private int requestsPerMinute;

        private Builder() {}

        /**
         * Sets the connect timeout; default 10 s.
         *
         * @param timeout the connect timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets the read and write timeout; default 60 s.
         *
         * @param timeout the read timeout
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /**
         * Sets the deadline for a whole exchange (streamed uploads excepted); default 5 min.
         *
         * @param timeout the call timeout
         * @return this builder
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = positive(timeout, "callTimeout");
            return this;
        }

        /**
         * Sets the largest success body read, in bytes; default 16 MiB.
         *
         * @param bytes the max response bytes
         * @return this builder
         */
        public Builder maxResponseBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1, but is " + bytes);
            }
            this.maxResponseBytes = bytes;
            return this;
        }

        /**
         * Sets the HTTP retries after the first attempt; default 2, 0 disables them.
         *
         * @param maxRetries the max retries
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be 0 or more, but is " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Sets the first backoff; default 500 ms.
         *
         * @param backoff the initial backoff
         * @return this builder
         */
        public Builder initialBackoff(Duration backoff) {
            this.initialBackoff = positive(backoff, "initialBackoff");
            return this;
        }

        /**
         * Sets the longest backoff; default 8 s.
         *
         * @param backoff the max backoff
         * @return this builder
         */
        public Builder maxBackoff(Duration backoff) {
            this.maxBackoff = positive(backoff, "maxBackoff");
            return this;
        }

        /**
         * Sets the longest {@code Retry-After} waited for; default 60 s.
         *
         * @param max the longest wait
         * @return this builder
         */
        public Builder maxRetryAfter(Duration max) {
            this.maxRetryAfter = positive(max, "maxRetryAfter");
            return this;
        }

        /**
         * Also retry creates after failures the vendor may have acted on (a timeout after the request was
         * sent, 500, 502, 504). Off by default: turning it on can create a campaign twice.
         *
         * @param retry whether to retry them
         * request was sent, 500, 502, 504)
         * @return this builder
         */
        public Builder retryAmbiguousFailures(boolean retry) {
            this.retryAmbiguousFailures = retry;
            return this;
        }

        /**
         * Sets an OkHttp client to use as given; the SDK never shuts it down.
         *
         * @param client the HTTP client
         * @return this builder
         */
        public Builder httpClient(OkHttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "httpClient");
            return this;
        }

        /**
         * The pacer every request goes through, shared with other clients (or processes);
         * it replaces {@link #requestsPerMinute(int)}.
         *
         * @param pacer the pacer
         * @return this builder
         */
        public Builder requestPacer(RequestPacer pacer) {
            this.requestPacer = Objects.requireNonNull(pacer, "requestPacer");
            return this;
        }

        /**
         * Where the client records creates with an idempotency key.
         *
         * @param journal the journal
         * @return this builder
         */
        public Builder journal(CampaignJournal journal) {
            this.journal = Objects.requireNonNull(journal, "journal");
            return this;
        }

        /**
         * Sets the listener that hears every operation and exchange.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(ClientListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Waits between retries.
         *
         * @param sleeper how to wait between retries; for tests
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Sets the clock for {@code Retry-After} dates; for tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Paces the client's requests (retries included) so that no minute holds more than
         * this many, for vendors that document a per-minute limit; waits use the sleeper and
         * the clock.
         *
         * @param perMinute at least 1; 0 turns pacing off (the default)
         * @return this builder
         */
        public Builder requestsPerMinute(int perMinute) {
            if (perMinute < 0) {
                throw new IllegalArgumentException("requestsPerMinute must be 0 (off) or more, but is " + perMinute);
            }
            this.requestsPerMinute = perMinute;
            return this;
        }

        /** {@return the immutable settings} */
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
