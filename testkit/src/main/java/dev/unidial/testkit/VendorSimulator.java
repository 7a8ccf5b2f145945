package dev.unidial.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unidial.http.Json;
import dev.unidial.internal.Violations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * An embedded HTTP server on a free loopback port that behaves like one vendor's documented
 * API: it checks the auth header, path, method, content type and documented field rules,
 * answers with the vendor's response shapes (fresh ids) and error envelopes, keeps state
 * for the other endpoints, and records every request.
 *
 * <pre>{@code
 * try (RavanSimulator ravan = VendorSimulator.ravan();
 *      CampaignClient client = CampaignClients.create("ravan", ravan.settings())) {
 *     client.create(campaign);
 *     assertThat(ravan.campaigns()).hasSize(1);
 * }
 * }</pre>
 *
 * Tell it to fail with {@link #failNext(int, Fault)}. Safe for concurrent requests.
 */
public abstract class VendorSimulator implements AutoCloseable {
    /** The shared JSON mapper. */
    protected static final ObjectMapper JSON = Json.newMapper();

    private final MockWebServer server = new MockWebServer();
    private final Deque<Fault> faults = new ConcurrentLinkedDeque<>();
    private final List<SimulatedRequest> received = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    /** Starts the simulator on a free loopback port. */
    protected VendorSimulator() {
        server.setServerSocketFactory(NoDelayServerSockets.INSTANCE);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                return handle(r);
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + provider() + " simulator", e);
        }
    }

    /**
     * How a vendor delivers webhooks: how long it waits for an answer, and after which delays it
     * delivers again while the answer is not 2xx or none comes in time.
     *
     * @param answerDeadline how long each delivery waits for an answer
     * @param redeliveryDelays the wait before each redelivery, after the try before it
     */
    protected record WebhookSchedule(Duration answerDeadline, List<Duration> redeliveryDelays) {
        /** Where a vendor documents nothing: an answer within 10 s, then again after 1 and 5 minutes (assumed). */
        static final WebhookSchedule ASSUMED = new WebhookSchedule(Duration.ofSeconds(10),
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)));

        /**
         * Copies the delays.
         *
         * @param answerDeadline how long each delivery waits for an answer
         * @param redeliveryDelays the wait before each redelivery, after the try before it
         */
        protected WebhookSchedule {
            redeliveryDelays = List.copyOf(redeliveryDelays);
        }
    }

    private final List<Integer> webhookStatuses = new CopyOnWriteArrayList<>();
    private final List<Redelivery> redeliveries = new ArrayList<>();
    private volatile TestClock webhookClock;

    /** A delivery that failed and waits for its next try. */
    private record Redelivery(Instant due, String url, byte[] bytes, Map<String, String> headers, int nextTry) {}

    /**
     * {@return how this vendor delivers webhooks} By default {@link WebhookSchedule#ASSUMED}, for
     * vendors whose pages say nothing; each simulator that knows better overrides it.
     */
    protected WebhookSchedule webhookSchedule() {
        return WebhookSchedule.ASSUMED;
    }

    /**
     * Redelivers failed webhooks on this clock, after the vendor's delays: a delivery that is
     * not answered with 2xx is tried again when a test {@link TestClock#advance advances} the
     * clock past its next delay. Without a clock, every redelivery is made at once.
     *
     * @param clock the test's clock
     */
    public void webhookClock(TestClock clock) {
        this.webhookClock = Objects.requireNonNull(clock, "clock");
        clock.onAdvance(now -> {
            if (webhookClock == clock) {
                redeliverDue(now);
            }
        });
    }

    /**
     * POSTs a webhook body to a URL as the vendor would, and delivers it again on the vendor's
     * {@linkplain #webhookSchedule() schedule} while the answer is not 2xx or comes too late.
     *
     * @param url where the vendor's settings send webhooks
     * @param body the vendor's event body
     * @return whether the first delivery was answered with 2xx (or, without a
     *     {@linkplain #webhookClock clock}, any of them)
     */
    protected boolean deliver(String url, JsonNode body) {
        try {
            return deliver(url, JSON.writeValueAsBytes(body), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #deliver(String, JsonNode)}, with these bytes and extra headers (a signature).
     *
     * @param url where the vendor's settings send webhooks
     * @param bytes the body
     * @param headers extra headers
     * @return whether the first delivery was answered with 2xx (or, without a
     *     {@linkplain #webhookClock clock}, any of them)
     */
    protected boolean deliver(String url, byte[] bytes, Map<String, String> headers) {
        TestClock clock = webhookClock;
        if (clock == null) {
            for (int attempt = 0; attempt <= webhookSchedule().redeliveryDelays().size(); attempt++) {
                if (post(url, bytes, headers)) {
                    return true;
                }
            }
            return false;
        }
        if (post(url, bytes, headers)) {
            return true;
        }
        scheduleAfter(clock.now(), new Redelivery(clock.now(), url, bytes, headers, 1));
        return false;
    }

    private void scheduleAfter(Instant failedAt, Redelivery failed) {
        List<Duration> delays = webhookSchedule().redeliveryDelays();
        if (failed.nextTry() <= delays.size()) {
            synchronized (redeliveries) {
                redeliveries.add(new Redelivery(failedAt.plus(delays.get(failed.nextTry() - 1)), failed.url(),
                        failed.bytes(), failed.headers(), failed.nextTry() + 1));
            }
        }
    }

    /** Makes every redelivery due by now, in the order they fall due, including those a failure here makes due. */
    private void redeliverDue(Instant now) {
        while (true) {
            Redelivery next;
            synchronized (redeliveries) {
                next = redeliveries.stream().filter(r -> !r.due().isAfter(now))
                        .min(Comparator.comparing(Redelivery::due)).orElse(null);
                if (next == null) {
                    return;
                }
                redeliveries.remove(next);
            }
            if (!post(next.url(), next.bytes(), next.headers())) {
                scheduleAfter(next.due(), next);
            }
        }
    }

    /** One delivery; records its status, 0 when no answer came within the deadline. */
    private boolean post(String url, byte[] bytes, Map<String, String> headers) {
        Duration deadline = webhookSchedule().answerDeadline();
        HttpClient http = HttpClient.newBuilder().connectTimeout(deadline).build();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(deadline)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
            headers.forEach(request::header);
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            webhookStatuses.add(status);
            return status / 100 == 2;
        } catch (IOException e) {
            webhookStatuses.add(0);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            webhookStatuses.add(0);
            return false;
        }
    }

    /**
     * Forgets everything received and every campaign, call, list and setting a test gave it
     * (faults, webhook URLs), as if it had just started; the base URL and {@link #settings()}
     * stay valid. {@link SimulatorExtension} calls it before each test.
     */
    public void reset() {
        faults.clear();
        received.clear();
        webhookStatuses.clear();
        synchronized (redeliveries) {
            redeliveries.clear();
        }
        webhookClock = null;
        forget();
    }

    /** Behaviours every simulator shares that no vendor page documents. */
    private static final List<SimulatorAssumption> SHARED_ASSUMPTIONS = List.of(
            new SimulatorAssumption("A request the vendor's rules refuse is answered 400, in the vendor's error envelope",
                    "the pages list the rules, not which 4xx a request breaking them gets"),
            new SimulatorAssumption("Every request is answered at once, with no rate limit",
                    "no page gives a limit in numbers"));

    /**
     * {@return every behaviour of this simulator that no page of its vendor documents} The
     * vendor's page in {@code docs/vendors/} lists the same, in the same words.
     */
    public final List<SimulatorAssumption> assumptions() {
        List<SimulatorAssumption> all = new ArrayList<>(SHARED_ASSUMPTIONS);
        all.addAll(vendorAssumptions());
        return List.copyOf(all);
    }

    /** {@return the behaviours of this vendor's simulator that no page of the vendor documents} */
    protected abstract List<SimulatorAssumption> vendorAssumptions();

    /** Forgets the vendor's own state: its campaigns, calls, lists and test settings. */
    protected abstract void forget();

    /** {@return the status of every webhook delivery so far, in order; 0 where no answer came} */
    public List<Integer> webhookDeliveries() {
        return List.copyOf(webhookStatuses);
    }

    /**
     * {@return a simulator of the named provider}
     *
     * @param provider a provider name: {@code callkaro}, {@code voiceable}, {@code mrassistant}, {@code kore} or {@code ravan}
     * @throws IllegalArgumentException for any other name
     */
    public static VendorSimulator of(String provider) {
        return switch (Objects.requireNonNull(provider, "provider")) {
            case "callkaro" -> callkaro();
            case "voiceable" -> voiceable();
            case "mrassistant" -> mrassistant();
            case "kore" -> kore();
            case "ravan" -> ravan();
            default -> throw new IllegalArgumentException("no simulator of '" + provider
                    + "': callkaro, voiceable, mrassistant, kore or ravan");
        };
    }

    /** {@return a CallKaro simulator} */
    public static CallKaroSimulator callkaro() {
        return new CallKaroSimulator();
    }

    /** {@return a Voiceable simulator} */
    public static VoiceableSimulator voiceable() {
        return new VoiceableSimulator();
    }

    /** {@return a MrAssistant simulator} */
    public static MrAssistantSimulator mrassistant() {
        return new MrAssistantSimulator();
    }

    /** {@return a Kore.ai simulator} */
    public static KoreSimulator kore() {
        return new KoreSimulator();
    }

    /** {@return a Ravan simulator} */
    public static RavanSimulator ravan() {
        return new RavanSimulator();
    }

    /** {@return the provider this simulates, as in {@code CampaignClient.provider()}} */
    public abstract String provider();

    /**
     * {@return settings for {@code CampaignClients.create(provider(), settings())}: the base URL and
     * the credentials this simulator accepts, keyed as the provider's environment variables}
     */
    public abstract Map<String, String> settings();

    /** {@return the base URL, {@code http://127.0.0.1:<port>}} */
    public String baseUrl() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    /**
     * {@return the next {@code count} requests get this fault instead of (or around) their normal answer}
     *
     * @param count how many requests fail
     * @param fault how they fail
     */
    public VendorSimulator failNext(int count, Fault fault) {
        for (int i = 0; i < count; i++) {
            faults.add(fault);
        }
        return this;
    }

    /** {@return every request received, in order} */
    public List<SimulatedRequest> requests() {
        return List.copyOf(received);
    }

    /** The last request received. */
    SimulatedRequest lastRequest() {
        return received.get(received.size() - 1);
    }

    /** A JSON string literal. */
    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return how many requests arrived} */
    public int requestCount() {
        return received.size();
    }

    /**
     * {@return how many requests arrived for this method and path (query ignored)}
     *
     * @param method the HTTP method
     * @param path the field path, such as {@code audience.targets[3].phone}
     */
    public long requestCount(String method, String path) {
        return received.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).count();
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
    }

    /**
     * {@return the vendor's error envelope for a status}
     *
     * @param status the HTTP status
     * @param message the message, with secrets removed
     */
    protected abstract MockResponse error(int status, String message);

    /**
     * {@return the vendor's logic for one request; faults and recording are handled around it}
     *
     * @param request the request
     */
    protected abstract MockResponse route(SimulatedRequest request);

    private MockResponse handle(RecordedRequest r) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : r.getHeaders().names()) {
            headers.put(name.toLowerCase(Locale.ROOT), r.getHeaders().values(name));
        }
        SimulatedRequest request = new SimulatedRequest(r.getMethod(), r.getTarget(), headers,
                r.getBody() == null ? new byte[0] : r.getBody().toByteArray());
        received.add(request);
        Fault fault = faults.poll();
        if (fault != null) {
            return fault.apply(this, () -> safeRoute(request));
        }
        return safeRoute(request);
    }

    private MockResponse safeRoute(SimulatedRequest request) {
        try {
            return route(request);
        } catch (SimulatedRequest.MalformedRequestException e) {
            // Assumed where no vendor page says which 4xx a malformed request gets: 400, in the vendor's envelope.
            return error(400, e.getMessage());
        } catch (RuntimeException e) {
            // A fault of the simulator itself, never of the request: a test should see it plainly.
            return error(500, "Simulator error: " + e);
        }
    }

    // ---- helpers for the vendors ----

    /** {@return a fresh number, for ids} */
    protected long nextId() {
        return ids.incrementAndGet();
    }

    /**
     * {@return a JSON answer}
     *
     * @param status the HTTP status
     * @param body the response body, with secrets removed
     */
    protected static MockResponse json(int status, Object body) {
        try {
            return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                    .body(JSON.writeValueAsString(body)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return a new JSON object} */
    protected static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /**
     * {@return the request body as a JSON object, or null when it is not one or is not sent as
     * {@code application/json}, the content type every vendor here shows for JSON bodies}
     *
     * @param request the request
     */
    protected static JsonNode jsonBody(SimulatedRequest request) {
        if (!request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(request.body());
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * {@return whether a text is E.164}
     *
     * @param s the text to check
     */
    protected static boolean isE164(String s) {
        return s != null && Violations.isE164(s);
    }

    /** {@return a list that collects rule failures, for vendors that report them all} */
    protected static List<String> problems() {
        return new ArrayList<>();
    }
}
