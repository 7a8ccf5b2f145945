package dev.unidial.http;

import dev.unidial.RequestPacer;
import dev.unidial.WireRequest;
import dev.unidial.internal.OperationScope;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * What a provider client holds to talk to its vendor: the checked base URL, the JSON codec
 * and the request pipeline (retry, auth, error decoding, logging, OkHttp), built once and
 * shared by every thread. A provider builds {@link WireRequest}s and calls
 * {@link #execute}; it never touches OkHttp itself.
 */
public final class Transport implements AutoCloseable {
    /** The {@code User-Agent} sent with every request: {@code unidial-java/<version>}. */
    public static final String USER_AGENT = "unidial-java/" + version();

    private final BaseUrl baseUrl;
    private final Json json;
    private final RequestAuth auth;
    private final Set<String> sensitive;
    private final OkHttpClient ownedClient;
    private final HttpExecutor pipeline;
    private final HttpExecutor unauthenticated;
    private final TransportSettings settings;
    private volatile boolean closed;

    /**
     * Builds the pipeline.
     *
     * @param baseUrl the checked base URL
     * @param settings shared settings (timeouts, retries, the user's OkHttp client)
     * @param auth the vendor's credentials
     * @param decoder the vendor's error decoder
     * @param json the codec the decoder and provider share
     */
    public Transport(BaseUrl baseUrl, TransportSettings settings, RequestAuth auth, ErrorDecoder decoder, Json json) {
        this(baseUrl, settings, t -> auth, decoder, json);
    }

    /**
     * Builds the pipeline for auth that obtains its credentials over the vendor's own API (a
     * login): the factory is given this transport, whose {@link #executeUnauthenticated} the
     * auth may call once requests start (not from the factory itself).
     *
     * @param baseUrl the checked base URL
     * @param settings shared settings (timeouts, retries, the user's OkHttp client)
     * @param auth makes the vendor's auth from this transport
     * @param decoder the vendor's error decoder
     * @param json the codec the decoder and provider share
     */
    public Transport(BaseUrl baseUrl, TransportSettings settings, Function<Transport, RequestAuth> auth,
            ErrorDecoder decoder, Json json) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.json = Objects.requireNonNull(json, "json");
        this.auth = Objects.requireNonNull(auth.apply(this), "auth");
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(this.auth.headerNames());
        names.add("Authorization");
        this.sensitive = names;

        OkHttpClient base = settings.httpClient().orElse(null);
        this.ownedClient = base == null ? new OkHttpClient.Builder()
                .socketFactory(new NoDelaySocketFactory())
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build() : null;
        if (ownedClient != null) {
            // OkHttp allows 5 calls per host by default; fan-outs (CallKaro) bound their own concurrency.
            ownedClient.dispatcher().setMaxRequests(64);
            ownedClient.dispatcher().setMaxRequestsPerHost(64);
        }
        HttpExecutor okhttp = new OkHttpExecutor(base == null ? ownedClient : keepUserTimeouts(base, settings),
                settings.maxResponseBytes(), settings.callTimeout());
        RequestPacer pacer = settings.requestPacer().orElse(settings.requestsPerMinute() > 0
                ? SlidingWindowPacer.perMinute(settings.requestsPerMinute(), settings.clock(), settings.sleeper()) : null);
        HttpExecutor paced = pacer != null ? new PacingExecutor(okhttp, pacer) : okhttp;
        HttpExecutor logging = new LoggingExecutor(paced, sensitive);
        HttpExecutor decoding = new ErrorDecodingExecutor(logging, decoder, sensitive, this.auth, json);
        HttpExecutor authenticating = new AuthenticatingExecutor(decoding, this.auth);
        this.pipeline = new RetryingExecutor(authenticating, settings);
        this.unauthenticated = new RetryingExecutor(decoding, settings);
    }

    private static OkHttpClient keepUserTimeouts(OkHttpClient user, TransportSettings settings) {
        // A client passed in keeps its own timeouts unless the builder set them explicitly;
        // the defaults are only for clients the SDK creates.
        TransportSettings defaults = TransportSettings.defaults();
        OkHttpClient.Builder b = user.newBuilder();
        if (!settings.connectTimeout().equals(defaults.connectTimeout())) {
            b.connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        if (!settings.readTimeout().equals(defaults.readTimeout())) {
            b.readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            b.writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        return b.build();
    }

    /** {@return the base URL} */
    public BaseUrl baseUrl() {
        return baseUrl;
    }

    /**
     * {@return the base URL joined with a documented path (see {@link BaseUrl#resolve})}
     *
     * @param path the field path, such as {@code audience.targets[3].phone}
     */
    public String url(String path) {
        return baseUrl.resolve(path);
    }

    /** {@return the JSON codec} */
    public Json json() {
        return json;
    }

    /** {@return the settings} */
    public TransportSettings settings() {
        return settings;
    }

    /**
     * {@return a request builder with the User-Agent and Accept headers every request carries}
     *
     * @param method the HTTP method
     * @param path the field path, such as {@code audience.targets[3].phone}
     */
    public WireRequest.Builder request(String method, String path) {
        return WireRequest.builder(method, url(path))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/json");
    }

    /**
     * Sends through the whole pipeline.
     *
     * @param request the request
     * @return the successful response
     * @throws IllegalStateException if the transport is closed; nothing is sent
     */
    public WireResponse execute(WireRequest request) {
        ensureOpen();
        return pipeline.execute(request);
    }

    /**
     * Sends without the client's credentials, through the same retries, error decoding and
     * logging: for the requests that obtain credentials (a login, a token refresh). Headers
     * named in {@code sensitive} are redacted in logs like credential headers.
     *
     * @param request the request
     * @return the successful response
     */
    public WireResponse executeUnauthenticated(WireRequest request) {
        ensureOpen();
        return unauthenticated.execute(request);
    }

    /**
     * Sends through the whole pipeline without blocking.
     *
     * @param request the request
     * @return a future completed with the response, or with the exception {@link #execute(WireRequest)} would throw
     * @throws IllegalStateException at once if the transport is closed; nothing is sent
     */
    public CompletableFuture<WireResponse> executeAsync(WireRequest request) {
        ensureOpen();
        OperationScope scope = OperationScope.current();
        CompletableFuture<WireResponse> answer = pipeline.executeAsync(request);
        if (scope == null) {
            return answer;
        }
        // What the caller chains onto the answer (the next step of a create, the next call of a
        // fan-out) runs while the answer completes: on an HTTP thread, inside the same operation.
        CompletableFuture<WireResponse> heard = new CompletableFuture<>();
        answer.whenComplete((response, error) -> {
            OperationScope previous = scope.enter();
            try {
                if (error == null) {
                    heard.complete(response);
                } else {
                    heard.completeExceptionally(error);
                }
            } finally {
                OperationScope.restore(previous);
            }
        });
        return heard;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("This client is closed: build a new one to send more requests.");
        }
    }

    /**
     * {@return the request as it would be sent, with the credential headers present and their values
     * redacted} The credentials are not fetched, so a preview never logs in.
     *
     * @param request the request
     */
    public WireRequest preview(WireRequest request) {
        WireRequest.Builder b = request.toBuilder();
        for (String name : auth.headerNames()) {
            b.header(name, Redactor.REDACTED);
        }
        return b.build();
    }

    /**
     * Refuses every later request, and shuts down the OkHttp client if the SDK created it; a
     * client passed in is left alone.
     */
    @Override
    public void close() {
        closed = true;
        if (ownedClient != null) {
            ownedClient.dispatcher().executorService().shutdown();
            ownedClient.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "Transport[" + baseUrl + ", " + auth + "]";
    }

    private static String version() {
        Properties p = new Properties();
        try (InputStream in = Transport.class.getResourceAsStream("unidial.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // The version is informational; a missing file must not stop the client.
        }
        String v = p.getProperty("version", "unknown");
        return v.startsWith("$") ? "dev" : v;
    }
}
