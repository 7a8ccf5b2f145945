package dev.unidial.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.ApiConnectionException;
import dev.unidial.ApiException;
import dev.unidial.AuthenticationException;
import dev.unidial.InvalidRequestException;
import dev.unidial.RateLimitException;
import dev.unidial.Secret;
import dev.unidial.ServerException;
import dev.unidial.UnexpectedResponseException;
import dev.unidial.WireRequest;
import dev.unidial.tck.LogCapture;
import dev.unidial.tck.RecordingSleeper;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransportTest {
    private static final String KEY = "sk_test_transport_key_123";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private MockWebServer server;
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Transport transport(TransportSettings.Builder settings) {
        return transport(server.url("/").toString(), settings);
    }

    private Transport transport(String baseUrl, TransportSettings.Builder settings) {
        Json json = Json.create();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        TransportSettings s = settings.sleeper(sleeper).clock(clock).build();
        return new Transport(BaseUrl.of(baseUrl), s, RequestAuth.header("X-API-KEY", Secret.of(KEY)),
                JsonErrorDecoder.builder("Vendor", json, clock).build(), json);
    }

    private Transport transport() {
        return transport(TransportSettings.builder());
    }

    private static WireRequest create(Transport t) {
        return t.request("POST", "/campaigns").body(t.json().body(Map.of("name", "x"))).build();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    @Test
    void sends_auth_user_agent_and_json_body() throws Exception {
        server.enqueue(json(200, "{\"id\":\"1\"}"));
        try (Transport t = transport()) {
            t.execute(create(t));
        }
        RecordedRequest r = server.takeRequest();
        assertThat(r.getHeaders().get("X-API-KEY")).isEqualTo(KEY);
        assertThat(r.getHeaders().get("User-Agent")).startsWith("unidial-java/");
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(r.getBody().utf8()).isEqualTo("{\"name\":\"x\"}");
    }

    @Test
    void retries_429_after_the_seconds_in_retry_after() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").body("{}").build());
        server.enqueue(json(201, "{\"id\":\"1\"}"));
        try (Transport t = transport()) {
            assertThat(t.execute(create(t)).statusCode()).isEqualTo(201);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retries_429_after_the_http_date_in_retry_after() {
        server.enqueue(new MockResponse.Builder().code(429)
                .setHeader("Retry-After", "Thu, 26 Nov 2026 10:00:07 GMT").body("{}").build());
        server.enqueue(json(201, "{\"id\":\"1\"}"));
        try (Transport t = transport()) {
            t.execute(create(t));
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void a_retry_after_longer_than_the_cap_is_not_waited_for_and_is_reported() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600")
                .body("{\"message\":\"slow down\"}").build());
        try (Transport t = transport()) {
            assertThatThrownBy(() -> t.execute(create(t))).isInstanceOfSatisfying(RateLimitException.class,
                    e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1))).hasMessageContaining("slow down");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void gives_up_after_max_retries_with_growing_jittered_backoff() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(503, "{\"message\":\"busy\"}"));
        }
        try (Transport t = transport(TransportSettings.builder().maxRetries(3))) {
            assertThatThrownBy(() -> t.execute(create(t))).isInstanceOf(ServerException.class).hasMessageContaining("busy");
        }
        assertThat(server.getRequestCount()).isEqualTo(4);
        List<Duration> waits = sleeper.waits();
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(waits.get(2)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 504})
    void a_create_is_not_resent_after_an_ambiguous_server_error(int status) {
        server.enqueue(json(status, "{\"message\":\"oops\"}"));
        server.enqueue(json(201, "{\"id\":\"1\"}"));
        try (Transport t = transport()) {
            assertThatThrownBy(() -> t.execute(create(t))).isInstanceOf(ServerException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void an_ambiguous_server_error_is_retried_for_reads_and_when_the_user_opts_in() {
        server.enqueue(json(500, "{}"));
        server.enqueue(json(200, "{}"));
        server.enqueue(json(502, "{}"));
        server.enqueue(json(201, "{}"));
        try (Transport t = transport(); Transport optedIn = transport(TransportSettings.builder().retryAmbiguousFailures(true))) {
            assertThat(t.execute(t.request("GET", "/campaigns/1").build()).statusCode()).isEqualTo(200);
            assertThat(optedIn.execute(create(optedIn)).statusCode()).isEqualTo(201);
        }
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void a_read_timeout_after_sending_is_not_retried_for_a_create() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        try (Transport t = transport(TransportSettings.builder().readTimeout(Duration.ofMillis(300)))) {
            Throwable thrown = catchThrowable(() -> t.execute(create(t)));
            assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class, e -> {
                assertThat(e.timedOut()).isTrue();
                assertThat(e.requestSent()).isTrue();
            }).hasMessageContaining("may have reached the vendor");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void a_refused_connection_is_retried_because_nothing_was_sent() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (Transport t = transport("http://127.0.0.1:" + port, TransportSettings.builder())) {
            Throwable thrown = catchThrowable(() -> t.execute(create(t)));
            assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class, e -> {
                assertThat(e.requestSent()).isFalse();
                assertThat(e.timedOut()).isFalse();
            }).hasMessageContaining("was not sent");
        }
        assertThat(sleeper.waits()).hasSize(2);
    }

    @Test
    void a_reset_in_the_middle_of_the_body_is_a_connection_error_not_a_parse_error() {
        server.enqueue(new MockResponse.Builder().code(201).body("{\"id\":\"12345678901234567890\"}")
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
        try (Transport t = transport()) {
            assertThatThrownBy(() -> t.execute(create(t))).isInstanceOf(ApiConnectionException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><body>502 Bad Gateway</body></html>", "{\"id\": \"trunc", ""})
    void a_2xx_body_that_is_not_json_becomes_unexpected_response_never_npe(String body) {
        server.enqueue(json(200, body));
        try (Transport t = transport()) {
            WireResponse response = t.execute(create(t));
            assertThatThrownBy(() -> t.json().tree(response)).isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageContaining("Expected a JSON object");
        }
    }

    @Test
    void an_html_error_page_keeps_its_status_type_and_shows_the_body() {
        server.enqueue(json(401, "<html>Unauthorized</html>"));
        try (Transport t = transport()) {
            assertThatThrownBy(() -> t.execute(create(t))).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("<html>Unauthorized</html>");
        }
    }

    @Test
    void a_huge_error_body_is_cut_and_the_message_stays_short() {
        server.enqueue(json(500, "x".repeat(3 << 20)));
        try (Transport t = transport()) {
            ServerException e = (ServerException) catchThrowable(() -> t.execute(create(t)));
            assertThat(e.body().length()).isEqualTo(OkHttpExecutor.MAX_ERROR_BODY);
            assertThat(e.getMessage().length()).isLessThan(500);
        }
    }

    @Test
    void a_401_refreshes_credentials_once_and_retries() throws Exception {
        AtomicInteger refreshes = new AtomicInteger();
        String[] token = {"old-token-value"};
        RequestAuth auth = new RequestAuth() {
            public Map<String, String> headers() {
                return Map.of("Authorization", "Bearer " + token[0]);
            }

            public Set<String> headerNames() {
                return Set.of("Authorization");
            }

            public boolean refreshAfterRejection(Map<String, String> rejected) {
                refreshes.incrementAndGet();
                token[0] = "new-token-value";
                return true;
            }
        };
        server.enqueue(json(401, "{\"message\":\"expired\"}"));
        server.enqueue(json(201, "{}"));
        Json json = Json.create();
        try (Transport t = new Transport(BaseUrl.of(server.url("/").toString()), TransportSettings.builder().build(),
                auth, JsonErrorDecoder.builder("V", json, Clock.systemUTC()).build(), json)) {
            assertThat(t.execute(create(t)).statusCode()).isEqualTo(201);
        }
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer old-token-value");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer new-token-value");
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void async_requests_follow_the_same_retry_rules() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").body("{}").build());
        server.enqueue(json(201, "{\"id\":\"1\"}"));
        server.enqueue(json(500, "{\"message\":\"boom\"}"));
        try (Transport t = transport()) {
            assertThat(t.executeAsync(create(t)).get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
            assertThatThrownBy(() -> t.executeAsync(create(t)).join()).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(ServerException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void credentials_never_show_in_logs_previews_or_errors() {
        server.enqueue(json(403, "{\"message\":\"key " + KEY + " is revoked\"}"));
        try (LogCapture logs = new LogCapture(); Transport t = transport()) {
            Throwable thrown = catchThrowable(() -> t.execute(create(t)));
            WireRequest preview = t.preview(create(t));

            assertThat(thrown.getMessage()).contains("is revoked").doesNotContain(KEY);
            assertThat(((AuthenticationException) thrown).body()).doesNotContain(KEY);
            assertThat(preview.header("X-API-KEY")).contains("[redacted]");
            assertThat(t.toString()).doesNotContain(KEY);
            assertThat(logs.lines()).anySatisfy(l -> assertThat(l).contains("X-API-KEY=[redacted]"));
            assertThat(logs.lines()).allSatisfy(l -> assertThat(l).doesNotContain(KEY));
        }
    }

    @Test
    void a_client_passed_in_is_used_and_never_shut_down() throws Exception {
        OkHttpClient mine = new OkHttpClient();
        server.enqueue(json(200, "{}"));
        server.enqueue(json(200, "{}"));
        Transport t = transport(TransportSettings.builder().httpClient(mine));
        t.execute(create(t));
        t.close();

        assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
        assertThat(mine.newCall(new okhttp3.Request.Builder().url(server.url("/")).build()).execute().code()).isEqualTo(200);
    }

    @Test
    void one_transport_serves_many_threads_at_once() throws Exception {
        int calls = 64;
        for (int i = 0; i < calls; i++) {
            server.enqueue(json(201, "{}"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (Transport t = transport()) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(pool.submit(() -> t.execute(create(t)).statusCode()));
            }
            for (Future<Integer> f : futures) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.getRequestCount()).isEqualTo(calls);
    }

    @Test
    void a_redirect_is_not_followed_even_by_a_client_passed_in_that_follows_redirects() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", elsewhere.url("/steal")).build());
            OkHttpClient following = new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();
            try (Transport t = transport(TransportSettings.builder().httpClient(following))) {
                assertThatThrownBy(() -> t.execute(t.request("GET", "/campaigns/1").build()))
                        .isExactlyInstanceOf(ApiException.class)
                        .hasMessageContaining("HTTP 302").hasMessageContaining(elsewhere.url("/steal").toString());
            }
            assertThat(elsewhere.getRequestCount()).isZero();
            assertThat(server.getRequestCount()).as("a redirect is not a retryable failure").isEqualTo(1);
            assertThat(following.followRedirects()).as("the user's client itself is left as it was").isTrue();
        }
    }

    @Test
    void a_success_body_over_max_response_bytes_is_not_read() {
        server.enqueue(json(200, "{\"id\":\"" + "x".repeat(2000) + "\"}"));
        try (Transport t = transport(TransportSettings.builder().maxResponseBytes(1000))) {
            assertThatThrownBy(() -> t.execute(create(t))).isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageContaining("maxResponseBytes (1000 bytes)");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void a_body_that_drips_past_the_call_timeout_is_a_timed_out_connection_error() {
        server.enqueue(new MockResponse.Builder().code(200).body(" ".repeat(200) + "{\"id\":\"1\"}")
                .throttleBody(1, 20, TimeUnit.MILLISECONDS).build());
        try (Transport t = transport(TransportSettings.builder().readTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofMillis(500)))) {
            assertThatThrownBy(() -> t.execute(create(t))).isInstanceOfSatisfying(ApiConnectionException.class, e -> {
                assertThat(e.timedOut()).isTrue();
                assertThat(e.requestSent()).isTrue();
            });
        }
        assertThat(server.getRequestCount()).as("a create is not resent after it timed out").isEqualTo(1);
    }

    @Test
    void a_closed_transport_refuses_every_request_before_sending() {
        Transport t = transport();
        t.close();
        assertThatThrownBy(() -> t.execute(create(t))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> t.executeAsync(create(t))).isInstanceOf(IllegalStateException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void a_header_value_a_header_cannot_carry_is_refused_without_printing_it() {
        try (Transport t = transport()) {
            WireRequest bad = t.request("GET", "/x").header("X-Token", "tok\r\nX-Injected: 1").build();
            assertThatThrownBy(() -> t.execute(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("X-Token").hasMessageNotContaining("tok").hasMessageNotContaining("Injected");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void a_secret_the_body_carries_is_cut_from_the_error_in_any_encoding() {
        String password = "pa55/word+secret";
        server.enqueue(json(422, "{\"message\":\"bad password " + java.net.URLEncoder.encode(password,
                StandardCharsets.UTF_8) + " or " + password.replace("/", "\\/") + "\"}"));
        try (Transport t = transport()) {
            WireRequest login = t.request("POST", "/login").body(t.json().body(Map.of("password", password)))
                    .secret(Secret.of(password)).build();
            assertThatThrownBy(() -> t.execute(login)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("Vendor error 422: bad password [redacted] or [redacted]");
                assertThat(e.body()).doesNotContain("pa55").contains("[redacted]");
            });
        }
    }

    @Test
    void an_id_that_is_not_a_string_or_integer_is_not_an_id() {
        Json json = Json.create();
        for (String id : List.of("true", "{}", "1e999999999", "1.5", "null", "\"  \"")) {
            WireResponse r = new WireResponse(200, Map.of(), ("{\"id\":" + id + "}").getBytes(), false);
            assertThatThrownBy(() -> json.requireId(json.tree(r), r, "id")).as(id)
                    .isInstanceOf(UnexpectedResponseException.class);
        }
        WireResponse number = new WireResponse(200, Map.of(), "{\"id\":12345678901234567890}".getBytes(), false);
        assertThat(json.requireId(json.tree(number), number, "id")).isEqualTo("12345678901234567890");
        WireResponse trailing = new WireResponse(200, Map.of(), "{\"id\":\"1\"} <html>".getBytes(), false);
        assertThatThrownBy(() -> json.tree(trailing)).isInstanceOf(UnexpectedResponseException.class);
    }
}
