package dev.unidial.spi;

import dev.unidial.CampaignClient;
import dev.unidial.CampaignClientBuilder;
import dev.unidial.CampaignJournal;
import dev.unidial.ClientListener;
import dev.unidial.MappingPolicy;
import dev.unidial.RequestPacer;
import dev.unidial.Sleeper;
import dev.unidial.http.BaseUrl;
import dev.unidial.http.Json;
import dev.unidial.http.RequestAuth;
import dev.unidial.http.Transport;
import dev.unidial.http.TransportSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * The settings every vendor client builder shares, so that {@code baseUrl},
 * {@code httpClient}, timeouts, {@code maxRetries} and {@code mappingPolicy} read the same
 * on all five, and the one place a client's transport is wired from its vendor's
 * {@link ProviderDescriptor}. See {@link TransportSettings} for the defaults.
 *
 * @param <B> the concrete builder
 */
public abstract class AbstractClientBuilder<B extends AbstractClientBuilder<B>> implements CampaignClientBuilder<B> {
    private final TransportSettings.Builder transport = TransportSettings.builder();
    private final ProviderDescriptor<B> descriptor;
    private String baseUrl;
    private MappingPolicy mappingPolicy = MappingPolicy.STRICT;

    /** @param descriptor the vendor this builder builds clients of */
    protected AbstractClientBuilder(ProviderDescriptor<B> descriptor) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    }

    /** Each provider's descriptor, found once per builder class. */
    private static final ClassValue<ProviderDescriptor<?>> DESCRIPTORS = new ClassValue<>() {
        @Override
        protected ProviderDescriptor<?> computeValue(Class<?> type) {
            for (String name : ProviderDescriptor.installedNames()) {
                ProviderDescriptor<?> d = ProviderDescriptor.find(name);
                if (d.newBuilder().getClass() == type) {
                    return d;
                }
            }
            throw new IllegalStateException(type.getName() + " is the builder of no installed provider");
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public B settings(Map<String, String> settings) {
        Settings.apply((ProviderDescriptor<B>) DESCRIPTORS.get(getClass()), self(), Objects.requireNonNull(settings, "settings"));
        return self();
    }

    /**
     * @return the client
     * @throws IllegalStateException if a required setting is missing (named, with its environment variable)
     * @throws IllegalArgumentException if a setting is not valid
     */
    public abstract CampaignClient build();

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Sets the vendor's base URL; https, or http on a loopback host (tests, simulators).
     *
     * @param baseUrl the base URL
     * @return this builder
     */
    public B baseUrl(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        return self();
    }

    /**
     * Where the client records creates that carry an idempotency key
     * ({@link dev.unidial.Campaign.Builder#idempotencyKey}), before each request and after
     * each answer, so that such a create happens once across crashes, restarts and several
     * processes. Creates without a key do not use it.
     *
     * @param journal {@link dev.unidial.CampaignJournal#inDirectory}, {@code JdbcCampaignJournal}, or
     *     {@link dev.unidial.CampaignJournal#inMemory()}
     * @return this builder
     */
    public B journal(CampaignJournal journal) {
        transport.journal(journal);
        return self();
    }

    /**
     * Sets the listener that hears each operation and each HTTP exchange within it, for metrics
     * and traces ({@code UnidialMetrics} in {@code unidial-micrometer}, {@code UnidialTracing} in
     * {@code unidial-opentelemetry}). Without one the client makes no listener call.
     *
     * @param listener the listener
     * @return this builder
     */
    @Override
    public B listener(ClientListener listener) {
        transport.listener(listener);
        return self();
    }

    /**
     * The pacer every request of the client goes through, instead of the vendor's default
     * (Kore.ai's 60 a minute, in this process): share one between clients, or use
     * {@code JdbcRequestPacer} from {@code unidial-jdbc} to share the limit between instances.
     *
     * @param pacer the pacer
     * @return this builder
     */
    public B requestPacer(RequestPacer pacer) {
        transport.requestPacer(pacer);
        return self();
    }

    /**
     * Sets an OkHttp client to use as given (its pool, proxy, TLS); {@code close()} never shuts it down.
     *
     * @param httpClient the HTTP client
     * @return this builder
     */
    public B httpClient(OkHttpClient httpClient) {
        transport.httpClient(httpClient);
        return self();
    }

    /**
     * Sets the connect timeout; default 10 s.
     *
     * @param timeout the connect timeout
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        transport.connectTimeout(timeout);
        return self();
    }

    /**
     * Sets the read and write timeout; default 60 s.
     *
     * @param timeout the read timeout
     * @return this builder
     */
    public B readTimeout(Duration timeout) {
        transport.readTimeout(timeout);
        return self();
    }

    /**
     * Sets the deadline for a whole exchange, from connecting to the last byte of the answer; default 5 min.
     * Exceeding it is an {@code ApiConnectionException} whose {@code timedOut()} is true. Streamed uploads
     * (Voiceable's recipients CSV) have only the read and write timeouts while they are sent; their answer
     * gets this deadline from its first byte.
     *
     * @param timeout the call timeout
     * default 5 min
     * @return this builder
     */
    public B callTimeout(Duration timeout) {
        transport.callTimeout(timeout);
        return self();
    }

    /**
     * Sets the largest success body read, in bytes, after gzip is undone; default 16 MiB. A larger answer is
     * not read and becomes an {@code UnexpectedResponseException}. Error bodies are read up to 1 MiB and cut.
     *
     * @param bytes the max response bytes
     * @return this builder
     */
    public B maxResponseBytes(long bytes) {
        transport.maxResponseBytes(bytes);
        return self();
    }

    /**
     * Sets the HTTP retries of the SDK's own requests; default 2. See {@link TransportSettings} for what is
     * retried.
     *
     * @param maxRetries the max retries
     * @return this builder
     */
    public B maxRetries(int maxRetries) {
        transport.maxRetries(maxRetries);
        return self();
    }

    /**
     * Also retry creates after ambiguous failures; off by default because it can create a campaign twice.
     *
     * @param retry whether to retry them
     * @return this builder
     */
    public B retryAmbiguousFailures(boolean retry) {
        transport.retryAmbiguousFailures(retry);
        return self();
    }

    /**
     * Sets the first retry backoff; default 500 ms.
     *
     * @param backoff the initial backoff
     * @return this builder
     */
    public B initialBackoff(Duration backoff) {
        transport.initialBackoff(backoff);
        return self();
    }

    /**
     * Sets the longest {@code Retry-After} waited for; default 60 s.
     *
     * @param max the longest wait
     * @return this builder
     */
    public B maxRetryAfter(Duration max) {
        transport.maxRetryAfter(max);
        return self();
    }

    /**
     * Sets the mapping policy: STRICT (default) refuses unsupported features; LENIENT drops them with warnings.
     *
     * @param policy the mapping policy
     * @return this builder
     */
    public B mappingPolicy(MappingPolicy policy) {
        this.mappingPolicy = Objects.requireNonNull(policy, "mappingPolicy");
        return self();
    }

    /**
     * Sets how to wait between retries; for tests.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        transport.sleeper(sleeper);
        return self();
    }

    /**
     * Sets what "now" is: {@code Retry-After} dates are read against it, and a scheduled start more than 5
     * minutes before it is refused. Default the system clock; for tests.
     *
     * @param clock the clock
     * more than 5 minutes before it is refused
     * @return this builder
     */
    public B clock(Clock clock) {
        transport.clock(clock);
        return self();
    }

    /**
     * Paces the client's requests under a vendor's documented per-minute limit; see
     * {@link TransportSettings.Builder#requestsPerMinute(int)}. For a provider's builder to
     * offer (and default) where its vendor documents such a limit.
     *
     * @param perMinute at least 1, or 0 for no pacing
     * @return this builder
     */
    protected B pace(int perMinute) {
        transport.requestsPerMinute(perMinute);
        return self();
    }

    /** {@return the base URL, when set} */
    protected Optional<String> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /** {@return the mapping policy} */
    protected MappingPolicy mappingPolicy() {
        return mappingPolicy;
    }

    /** @return the transport settings built so far */
    protected TransportSettings transportSettings() {
        return transport.build();
    }

    /**
     * The vendor's transport: the base URL set here or the vendor's default, the settings
     * above, the vendor's error decoder, and this auth.
     *
     * @param auth how requests are authenticated
     * @return the transport
     * @throws IllegalStateException if the vendor documents no base URL and none was set
     * @throws IllegalArgumentException if the base URL is not acceptable (see {@link BaseUrl#of})
     */
    protected Transport transport(RequestAuth auth) {
        return transport(t -> auth);
    }

    /**
     * As {@link #transport(RequestAuth)}, for auth that obtains its credentials over the
     * vendor's own API (a login): the factory gets the transport, whose
     * {@link Transport#executeUnauthenticated} it may use once requests start.
     *
     * @param auth makes the auth from the transport
     * @return the transport
     */
    protected Transport transport(Function<Transport, RequestAuth> auth) {
        String base = baseUrl().or(descriptor::defaultBaseUrl).orElseThrow(() -> new IllegalStateException(
                descriptor.displayName() + " needs a base URL: its docs show only a placeholder host, so call baseUrl(...)"
                        + " or set " + descriptor.name().toUpperCase(Locale.ROOT) + "_BASE_URL"));
        TransportSettings settings = transportSettings();
        Json json = Json.create();
        return new Transport(BaseUrl.of(base), settings, auth, descriptor.errorDecoder(json, settings.clock()), json);
    }
}
