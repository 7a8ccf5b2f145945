package dev.unidial.mrassistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unidial.Audience;
import dev.unidial.AuthenticationException;
import dev.unidial.Campaign;
import dev.unidial.tck.LogCapture;
import dev.unidial.Target;
import dev.unidial.http.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The username/password flow against a small fake of MrAssistant's auth endpoints. */
class MrAssistantLoginTest {
    private static final ObjectMapper JSON = Json.newMapper();
    private static final String PASSWORD = "pa55word-never-shown";

    private MockWebServer server;
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicInteger issued = new AtomicInteger();
    private final Set<String> validAccess = ConcurrentHashMap.newKeySet();
    private final Set<String> validRefresh = ConcurrentHashMap.newKeySet();
    private final List<String> bearers = new CopyOnWriteArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T00:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                try {
                    String path = r.getUrl().encodedPath();
                    if (path.equals("/auth/token")) {
                        logins.incrementAndGet();
                        Thread.sleep(50); // a slow login makes racing threads overlap
                        boolean ok = JSON.readTree(r.getBody().utf8()).path("password").asText().equals(PASSWORD);
                        return ok ? tokens() : json(401, "{\"detail\": \"Incorrect username or password\"}");
                    }
                    if (path.equals("/auth/refresh")) {
                        refreshes.incrementAndGet();
                        String token = JSON.readTree(r.getBody().utf8()).path("refresh_token").asText();
                        return validRefresh.remove(token) ? tokens() : json(401, "{\"detail\": \"Invalid refresh token\"}");
                    }
                    String auth = r.getHeaders().get("Authorization");
                    bearers.add(auth);
                    if (auth == null || !validAccess.contains(auth.substring(7))) {
                        return json(401, "{\"detail\": \"Could not validate credentials\"}");
                    }
                    return json(200, MrAssistantClientTest.created("cmp_" + issued.get(), 1));
                } catch (Exception e) {
                    return json(500, "{\"detail\": \"" + e + "\"}");
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private MockResponse tokens() {
        int n = issued.incrementAndGet();
        String access = "access-" + n;
        String refresh = "refresh-" + n;
        validAccess.add(access);
        validRefresh.add(refresh);
        return json(200, "{\"access_token\": \"" + access + "\", \"refresh_token\": \"" + refresh
                + "\", \"token_type\": \"bearer\", \"expires_in\": 86400}");
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    private MrAssistantClient client(String password) {
        return MrAssistantClient.builder().credentials("ops@example.com", password)
                .baseUrl(server.url("/").toString()).clock(clock).maxRetries(0).build();
    }

    private static Campaign campaign() {
        return Campaign.builder().name("Feedback").agentId(MrAssistantHarness.AGENT)
                .audience(Audience.targets(Target.of("+919876543210"))).build();
    }

    @Test
    void logs_in_once_and_reuses_the_token() {
        try (MrAssistantClient client = client(PASSWORD)) {
            client.create(campaign());
            client.create(campaign());
        }
        assertThat(logins).hasValue(1);
        assertThat(bearers).containsExactly("Bearer access-1", "Bearer access-1");
    }

    @Test
    void refreshes_before_expiry_and_uses_the_rotated_refresh_token_next_time() {
        try (MrAssistantClient client = client(PASSWORD)) {
            client.create(campaign());
            clock.advance(Duration.ofHours(24).minusMinutes(4)); // within the five-minute margin
            client.create(campaign());
            clock.advance(Duration.ofHours(24));
            client.create(campaign());
        }
        assertThat(logins).hasValue(1);
        assertThat(refreshes).hasValue(2);
        assertThat(bearers).containsExactly("Bearer access-1", "Bearer access-2", "Bearer access-3");
    }

    @Test
    void logs_in_again_once_the_refresh_token_has_expired() {
        try (MrAssistantClient client = client(PASSWORD)) {
            client.create(campaign());
            clock.advance(Duration.ofDays(31));
            client.create(campaign());
        }
        assertThat(logins).hasValue(2);
        assertThat(refreshes).hasValue(0);
    }

    @Test
    void a_401_renews_the_token_and_retries_once() {
        try (MrAssistantClient client = client(PASSWORD)) {
            client.create(campaign());
            validAccess.clear(); // revoked at the server before its expiry
            client.create(campaign());
        }
        assertThat(refreshes).hasValue(1);
        assertThat(bearers).containsExactly("Bearer access-1", "Bearer access-1", "Bearer access-2");
    }

    @Test
    void wrong_credentials_fail_with_the_vendors_message_and_never_show_the_password() {
        try (LogCapture logs = new LogCapture(); MrAssistantClient client = client("wrong-password-123")) {
            assertThatThrownBy(() -> client.create(campaign())).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("Incorrect username or password")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-password-123"));
            assertThat(client.toString()).doesNotContain("wrong-password-123");
            assertThat(logs.lines()).allSatisfy(l -> assertThat(l).doesNotContain("wrong-password-123"));
        }
    }

    @Test
    void many_threads_share_one_login() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try (MrAssistantClient client = client(PASSWORD)) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> client.create(campaign()).id()));
            }
            for (Future<String> f : results) {
                assertThat(f.get(20, TimeUnit.SECONDS)).startsWith("cmp_");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(logins).hasValue(1);
        assertThat(bearers).hasSize(32).containsOnly("Bearer access-1");
    }

    /** A clock tests move forward by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
