package dev.unidial.http;

import dev.unidial.MappingPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The settings every vendor client builder shares, so that {@code baseUrl},
 * {@code httpClient}, timeouts, {@code maxRetries} and {@code mappingPolicy} read the same
 * on all five. See {@link TransportSettings} for the defaults.
 *
 * @param <B> the concrete builder
 */
public abstract class AbstractClientBuilder<B extends AbstractClientBuilder<B>> {
    private final TransportSettings.Builder transport = TransportSettings.builder();
    private String baseUrl;
    private MappingPolicy mappingPolicy = MappingPolicy.STRICT;

    protected AbstractClientBuilder() {}

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The vendor's base URL; https, or http on a loopback host (tests, simulators). */
    public B baseUrl(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        return self();
    }

    /** An OkHttp client to use as given (its pool, proxy, TLS); {@code close()} never shuts it down. */
    public B httpClient(OkHttpClient httpClient) {
        transport.httpClient(httpClient);
        return self();
    }

    /** Connect timeout; default 10 s. */
    public B connectTimeout(Duration timeout) {
        transport.connectTimeout(timeout);
        return self();
    }

    /** Read and write timeout; default 60 s. */
    public B readTimeout(Duration timeout) {
        transport.readTimeout(timeout);
        return self();
    }

    /**
     * The deadline for a whole exchange, from connecting to the last byte of the answer;
     * default 5 min. Exceeding it is an {@code ApiConnectionException} whose
     * {@code timedOut()} is true. Streamed uploads (Voiceable's recipients CSV) have only the
     * read and write timeouts while they are sent; their answer gets this deadline from its
     * first byte.
     */
    public B callTimeout(Duration timeout) {
        transport.callTimeout(timeout);
        return self();
    }

    /**
     * The largest success body read, in bytes, after gzip is undone; default 16 MiB. A larger
     * answer is not read and becomes an {@code UnexpectedResponseException}. Error bodies are
     * read up to 1 MiB and cut.
     */
    public B maxResponseBytes(long bytes) {
        transport.maxResponseBytes(bytes);
        return self();
    }

    /** HTTP retries of the SDK's own requests; default 2. See {@link TransportSettings} for what is retried. */
    public B maxRetries(int maxRetries) {
        transport.maxRetries(maxRetries);
        return self();
    }

    /** Also retry creates after ambiguous failures; off by default because it can create a campaign twice. */
    public B retryAmbiguousFailures(boolean retry) {
        transport.retryAmbiguousFailures(retry);
        return self();
    }

    /** The first retry backoff; default 500 ms. */
    public B initialBackoff(Duration backoff) {
        transport.initialBackoff(backoff);
        return self();
    }

    /** The longest {@code Retry-After} waited for; default 60 s. */
    public B maxRetryAfter(Duration max) {
        transport.maxRetryAfter(max);
        return self();
    }

    /** STRICT (default) refuses unsupported features; LENIENT drops them with warnings. */
    public B mappingPolicy(MappingPolicy policy) {
        this.mappingPolicy = Objects.requireNonNull(policy, "mappingPolicy");
        return self();
    }

    /** How to wait between retries; for tests. */
    public B sleeper(Sleeper sleeper) {
        transport.sleeper(sleeper);
        return self();
    }

    /**
     * What "now" is: {@code Retry-After} dates are read against it, and a scheduled start
     * more than 5 minutes before it is refused. Default the system clock; for tests.
     */
    public B clock(Clock clock) {
        transport.clock(clock);
        return self();
    }

    /** The setting naming the mapping policy ({@code STRICT} or {@code LENIENT}) for every provider. */
    public static final String SETTING_MAPPING_POLICY = "UNIDIAL_MAPPING_POLICY";
    /** The setting naming {@code maxRetries} for every provider. */
    public static final String SETTING_MAX_RETRIES = "UNIDIAL_MAX_RETRIES";

    /**
     * Applies the settings every provider shares, keyed as environment variables:
     * {@value #SETTING_MAPPING_POLICY} and {@value #SETTING_MAX_RETRIES}; a missing key falls
     * back to the environment, and an absent one leaves the default.
     *
     * @throws IllegalArgumentException if a value is not valid
     */
    public B applySharedSettings(java.util.Map<String, String> settings) {
        Transport.setting(settings, SETTING_MAPPING_POLICY).ifPresent(v -> {
            try {
                mappingPolicy(MappingPolicy.valueOf(v.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(SETTING_MAPPING_POLICY + " must be STRICT or LENIENT, but is '" + v + "'", e);
            }
        });
        Transport.setting(settings, SETTING_MAX_RETRIES).ifPresent(v -> {
            try {
                maxRetries(Integer.parseInt(v.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(SETTING_MAX_RETRIES + " must be a whole number, but is '" + v + "'", e);
            }
        });
        return self();
    }

    /** The base URL, when set. */
    protected Optional<String> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /** The mapping policy. */
    protected MappingPolicy mappingPolicy() {
        return mappingPolicy;
    }

    /** The transport settings built so far. */
    protected TransportSettings transportSettings() {
        return transport.build();
    }
}
