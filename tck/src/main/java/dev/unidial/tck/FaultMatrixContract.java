package dev.unidial.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.ApiConnectionException;
import dev.unidial.ApiException;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CreatedCampaign;
import dev.unidial.ServerException;
import dev.unidial.UnexpectedResponseException;
import dev.unidial.UnidialException;
import dev.unidial.http.Json;
import dev.unidial.testkit.Fault;
import dev.unidial.testkit.SimulatedRequest;
import dev.unidial.testkit.VendorSimulator;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every fault, for every provider: what the user gets (exception type and message), and how
 * many times the create reached the vendor — at most once unless the vendor cannot have
 * acted on it. A provider's test extends this once and returns its {@link ProviderHarness};
 * the matrix itself is written once here.
 */
public abstract class FaultMatrixContract {
    /** Short, so that the timeout faults take well under a second. */
    protected static final Duration READ_TIMEOUT = Duration.ofMillis(400);
    /** The overall deadline of the clients under test; a dripping body must not outlast it. */
    protected static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

    /** The simulator of this vendor, new for each test. */
    protected VendorSimulator simulator;
    /** Records the waits between retries instead of waiting. */
    protected final RecordingSleeper sleeper = new RecordingSleeper();

    /** For subclasses. */
    protected FaultMatrixContract() {}

    /** {@return this provider's harness} */
    protected abstract ProviderHarness harness();

    /**
     * {@return a client for this base URL with the simulator's credentials, two HTTP retries,
     * {@link #READ_TIMEOUT}, {@link #CALL_TIMEOUT} and {@link #sleeper}}
     *
     * @param baseUrl the simulator's base URL
     */
    protected CampaignClient client(String baseUrl) {
        return harness().builder(baseUrl).maxRetries(2).readTimeout(READ_TIMEOUT).callTimeout(CALL_TIMEOUT)
                .sleeper(sleeper).build();
    }

    /** {@return the campaign the matrix creates} */
    protected Campaign campaign() {
        return harness().faultCampaign();
    }

    /** {@return the method and path of the request that creates the campaign} */
    protected String createPath() {
        return harness().createPath();
    }

    /** The faults, and what each must give. */
    public enum Case {
        /** The connection is reset before any answer. */
        RESET_BEFORE_RESPONSE,
        /** The connection is reset halfway through the body. */
        RESET_MID_BODY,
        /** No byte arrives within the read timeout. */
        READ_TIMEOUT_BEFORE_ANY_BYTE,
        /** The body stalls longer than the read timeout. */
        SLOW_BODY,
        /** A 429 whose {@code Retry-After} is in seconds. */
        RATE_LIMITED_RETRY_AFTER_SECONDS,
        /** A 429 whose {@code Retry-After} is an HTTP date. */
        RATE_LIMITED_RETRY_AFTER_DATE,
        /** A 429 with no {@code Retry-After}. */
        RATE_LIMITED_WITHOUT_RETRY_AFTER,
        /** A 500. */
        STATUS_500,
        /** A 502. */
        STATUS_502,
        /** A 503. */
        STATUS_503,
        /** A 504. */
        STATUS_504,
        /** A 200 whose body is an HTML page. */
        HTML_200,
        /** A 200 whose JSON stops halfway. */
        TRUNCATED_JSON_200,
        /** A 200 with no body. */
        EMPTY_200,
        /** A 200 whose envelope reports a failure. */
        FAILURE_ENVELOPE_200,
        /** A success without the id the vendor documents. */
        MISSING_ID_2XX,
        /** A 500 with a body of several megabytes. */
        HUGE_ERROR_BODY,
        /** A 200 whose body never ends. */
        ENDLESS_BODY_200,
        /** A 200 whose gzip body inflates without bound. */
        GZIP_BOMB_200,
        /** A body sent one byte at a time, each within the read timeout. */
        DRIPPING_BODY,
        /** An id that is {@code true}. */
        ID_TRUE,
        /** An id that is a JSON object. */
        ID_OBJECT,
        /** An id that is a number too large for any type. */
        ID_HUGE_NUMBER,
        /** An id with a fraction. */
        ID_FRACTION,
        /** A success followed by text after the JSON. */
        TRAILING_GARBAGE
    }

    @BeforeEach
    void startSimulator() {
        simulator = harness().newSimulator();
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private long creates() {
        String[] mp = createPath().split(" ", 2);
        return simulator.requestCount(mp[0], mp[1]);
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void each_fault_gives_its_documented_outcome_and_a_create_is_never_sent_twice_when_ambiguous(Case c) {
        switch (c) {
            case RESET_BEFORE_RESPONSE -> simulator.failNext(1, Fault.disconnect());
            case RESET_MID_BODY -> simulator.failNext(1, Fault.resetMidBody());
            case READ_TIMEOUT_BEFORE_ANY_BYTE -> simulator.failNext(1, Fault.slow(READ_TIMEOUT.multipliedBy(3)));
            case SLOW_BODY -> simulator.failNext(1, Fault.slowBody(READ_TIMEOUT.multipliedBy(2)));
            case RATE_LIMITED_RETRY_AFTER_SECONDS -> simulator.failNext(1, Fault.rateLimited(Duration.ofSeconds(3)));
            case RATE_LIMITED_RETRY_AFTER_DATE -> simulator.failNext(1, Fault.rateLimitedUntil(
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(30))));
            case RATE_LIMITED_WITHOUT_RETRY_AFTER -> simulator.failNext(1, Fault.rateLimitedWithoutRetryAfter());
            case STATUS_500 -> simulator.failNext(1, Fault.status(500));
            case STATUS_502 -> simulator.failNext(1, Fault.status(502));
            case STATUS_503 -> simulator.failNext(1, Fault.status(503));
            case STATUS_504 -> simulator.failNext(1, Fault.status(504));
            case HTML_200 -> simulator.failNext(1, Fault.body(200, "<html><body>Service Unavailable</body></html>"));
            case TRUNCATED_JSON_200 -> simulator.failNext(1, Fault.body(200, harness().successWithoutId().substring(0, 7)));
            case EMPTY_200 -> simulator.failNext(1, Fault.body(200, ""));
            case FAILURE_ENVELOPE_200 -> simulator.failNext(1, Fault.body(200, harness().failureEnvelope()));
            case MISSING_ID_2XX -> simulator.failNext(1, Fault.body(200, harness().successWithoutId()));
            case HUGE_ERROR_BODY -> simulator.failNext(1, Fault.body(500, "{\"message\":\"" + "x".repeat(5 << 20) + "\"}"));
            case ENDLESS_BODY_200 -> simulator.failNext(1, Fault.endlessBody());
            case GZIP_BOMB_200 -> simulator.failNext(1, Fault.gzipBomb());
            case DRIPPING_BODY -> simulator.failNext(1, Fault.drip(Duration.ofMillis(50)));
            case ID_TRUE -> simulator.failNext(1, Fault.body(200, harness().successWithId("true")));
            case ID_OBJECT -> simulator.failNext(1, Fault.body(200, harness().successWithId("{\"value\": \"c-1\"}")));
            case ID_HUGE_NUMBER -> simulator.failNext(1, Fault.body(200, harness().successWithId("1e999999999")));
            case ID_FRACTION -> simulator.failNext(1, Fault.body(200, harness().successWithId("12.5")));
            case TRAILING_GARBAGE -> simulator.failNext(1, Fault.body(200, harness().successWithId("\"c-1\"") + " <!-- proxy -->"));
        }
        Throwable thrown;
        CreatedCampaign created = null;
        try (LogCapture logs = new LogCapture(); CampaignClient client = client(simulator.baseUrl())) {
            thrown = catchThrowable(() -> client.create(campaign()));
            if (thrown == null) {
                created = client.create(campaign());
            }
            assertNoSecretIn(logs.lines());
        }
        if (thrown != null) {
            assertThat(thrown.getMessage()).hasSizeLessThan(2_000);
            assertNoSecretIn(SecretLeaks.textsOf(thrown));
        }
        switch (c) {
            case RESET_BEFORE_RESPONSE, RESET_MID_BODY -> {
                assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class,
                        e -> assertThat(e.requestSent()).isTrue());
                assertThat(creates()).isEqualTo(1);
            }
            case READ_TIMEOUT_BEFORE_ANY_BYTE, SLOW_BODY -> {
                assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class, e -> {
                    assertThat(e.timedOut()).isTrue();
                    assertThat(e.requestSent()).isTrue();
                }).hasMessageContaining("may have reached the vendor");
                assertThat(creates()).isEqualTo(1);
            }
            case RATE_LIMITED_RETRY_AFTER_SECONDS, RATE_LIMITED_RETRY_AFTER_DATE, RATE_LIMITED_WITHOUT_RETRY_AFTER, STATUS_503 -> {
                assertThat(thrown).as("retried, since the vendor refused before acting").isNull();
                assertThat(created.id()).isNotBlank();
                assertThat(creates()).as("one refused, one accepted, one more create").isEqualTo(3);
                assertThat(sleeper.waits()).hasSize(1);
                if (c == Case.RATE_LIMITED_RETRY_AFTER_SECONDS) {
                    assertThat(sleeper.waits().get(0)).isEqualTo(Duration.ofSeconds(3));
                }
                if (c == Case.RATE_LIMITED_RETRY_AFTER_DATE) {
                    assertThat(sleeper.waits().get(0)).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(30));
                }
            }
            case STATUS_500, STATUS_502, STATUS_504 -> {
                assertThat(thrown).isInstanceOf(ServerException.class).hasMessageContaining("Simulated failure");
                assertThat(creates()).isEqualTo(1);
            }
            case HUGE_ERROR_BODY -> {
                assertThat(thrown).isInstanceOf(ServerException.class);
                assertThat(creates()).isEqualTo(1);
            }
            case HTML_200, TRUNCATED_JSON_200, EMPTY_200, FAILURE_ENVELOPE_200, MISSING_ID_2XX,
                    ID_TRUE, ID_OBJECT, ID_HUGE_NUMBER, ID_FRACTION, TRAILING_GARBAGE -> {
                assertThat(thrown).isInstanceOf(UnexpectedResponseException.class);
                assertThat(creates()).isEqualTo(1);
            }
            case ENDLESS_BODY_200, GZIP_BOMB_200 -> {
                // The test JVM's heap is small (surefire argLine): reading such a body whole would not fit.
                assertThat(thrown).isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("maxResponseBytes");
                assertThat(creates()).isEqualTo(1);
            }
            case DRIPPING_BODY -> {
                assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class, e -> {
                    assertThat(e.timedOut()).isTrue();
                    assertThat(e.requestSent()).isTrue();
                });
                assertThat(creates()).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void a_redirect_is_never_followed_and_nothing_reaches_its_target(int status) throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start(InetAddress.getLoopbackAddress(), 0);
            String location = elsewhere.url("/collect").toString();
            simulator.failNext(1, Fault.redirect(status, location));
            Throwable thrown;
            try (LogCapture logs = new LogCapture(); CampaignClient client = client(simulator.baseUrl())) {
                thrown = catchThrowable(() -> client.create(campaign()));
                assertNoSecretIn(logs.lines());
            }
            assertThat(thrown).isExactlyInstanceOf(ApiException.class).hasMessageContaining(location)
                    .satisfies(e -> assertThat(((ApiException) e).statusCode()).isEqualTo(status));
            assertNoSecretIn(SecretLeaks.textsOf(thrown));
            assertThat(elsewhere.getRequestCount()).as("requests that reached the redirect's target").isZero();
            assertThat(creates()).isEqualTo(1);
        }
    }

    /** {@return every status an echo is tried with, in every encoding} */
    public static Stream<Arguments> echoes() {
        return Stream.of(200, 400, 401, 422, 500).flatMap(status ->
                Arrays.stream(Fault.Echo.values()).map(encoding -> Arguments.of(status, encoding)));
    }

    @ParameterizedTest(name = "HTTP {0}, {1}")
    @MethodSource("echoes")
    void a_server_that_echoes_the_request_gets_no_secret_into_any_message_or_log(int status, Fault.Echo encoding) {
        simulator.failNext(1, Fault.echo(status, encoding));
        Throwable thrown;
        try (LogCapture logs = new LogCapture(); CampaignClient client = client(simulator.baseUrl())) {
            thrown = catchThrowable(() -> client.create(campaign()));
            assertNoSecretIn(logs.lines());
        }
        assertThat(thrown).as("an echo is never a created campaign").isInstanceOf(UnidialException.class);
        assertThat(SecretLeaks.textsOf(thrown)).as("the echo arrived, with its secrets cut out")
                .anySatisfy(t -> assertThat(t).contains("[redacted]"));
        assertNoSecretIn(SecretLeaks.textsOf(thrown));
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void after_close_every_call_is_refused_at_once_and_nothing_is_sent() {
        CampaignClient client = client(simulator.baseUrl());
        client.close();
        assertThat(catchThrowable(() -> client.create(campaign()))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(catchThrowable(() -> client.createAsync(campaign()))).as("thrown, not a failed future")
                .isInstanceOf(IllegalStateException.class);
        assertThat(catchThrowable(() -> client.preview(campaign()))).isInstanceOf(IllegalStateException.class);
        harness().nativeCallsTakingAnId(client).forEach((name, call) -> assertThat(catchThrowable(() -> call.accept("c-1")))
                .as(name).isInstanceOf(IllegalStateException.class));
        client.close();
        assertThat(simulator.requestCount()).isZero();
    }

    @ParameterizedTest(name = "id \"{0}\"")
    @ValueSource(strings = {"", ".", ".."})
    void an_id_that_would_change_the_path_is_refused_before_sending(String id) {
        try (CampaignClient client = client(simulator.baseUrl())) {
            Map<String, Consumer<String>> calls = harness().nativeCallsTakingAnId(client);
            Assumptions.assumeFalse(calls.isEmpty(), "this vendor puts no id in a URL path");
            calls.forEach((name, call) -> assertThat(catchThrowable(() -> call.accept(id))).as(name)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty, '.' or '..'"));
        }
        assertThat(simulator.requestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"key-1234\r\nX-Injected: 1", "kéy-123456789", "key-123456789\n"})
    void a_credential_a_header_cannot_carry_is_refused_when_the_client_is_built_without_printing_it(String credential) {
        Throwable thrown = catchThrowable(() -> harness().builderWithCredential(simulator.baseUrl(), credential).build().close());
        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(harness().credentialSetting())
                .hasMessageNotContaining(credential.strip()).hasMessageNotContaining("key-1234");
        assertThat(simulator.requestCount()).isZero();
    }

    /**
     * No secret, nor any credential the simulator received, can be read out of these texts.
     *
     * @param texts everything the SDK showed
     */
    protected void assertNoSecretIn(List<String> texts) {
        List<String> all = new ArrayList<>(harness().secrets());
        for (SimulatedRequest r : simulator.requests()) {
            for (String h : List.of("x-api-key", "auth", "authorization")) {
                r.headers().getOrDefault(h, List.of()).forEach(v -> {
                    all.add(v);
                    if (v.startsWith("Bearer ")) {
                        all.add(v.substring(7));
                    }
                });
            }
        }
        for (String text : texts) {
            for (String secret : all) {
                assertThat(SecretLeaks.find(text, secret)).as("a secret can be read out of: %s", Json.shorten(text))
                        .isNull();
            }
        }
    }

    @Test
    void a_refused_connection_is_retried_and_reported_as_never_sent() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (CampaignClient client = client("http://127.0.0.1:" + port)) {
            Throwable thrown = catchThrowable(() -> client.create(campaign()));
            assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class, e -> {
                assertThat(e.requestSent()).isFalse();
                assertThat(e.timedOut()).isFalse();
            }).hasMessageContaining("was not sent");
        }
        assertThat(sleeper.waits()).hasSize(2);
    }

    @Test
    void thirty_two_threads_share_one_client_and_each_campaign_is_created_exactly_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        Set<String> ids = ConcurrentHashMap.newKeySet();
        try (CampaignClient client = client(simulator.baseUrl())) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> client.create(campaign()).id()));
            }
            for (Future<String> f : results) {
                ids.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ids).hasSize(32);
        assertThat(creates()).isEqualTo(32);
    }
}
