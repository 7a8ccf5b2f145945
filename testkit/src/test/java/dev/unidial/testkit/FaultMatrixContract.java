package dev.unidial.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.ApiConnectionException;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CreatedCampaign;
import dev.unidial.LogCapture;
import dev.unidial.ServerException;
import dev.unidial.UnexpectedResponseException;
import dev.unidial.http.RecordingSleeper;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every fault, for every provider: what the user gets (exception type and message), and how
 * many times the create reached the vendor — at most once unless the vendor cannot have
 * acted on it. A provider's test extends this once and says how to build its client and
 * what its vendor's odd success bodies look like; the matrix itself is written once here.
 */
public abstract class FaultMatrixContract {
    /** Short, so that the timeout faults take well under a second. */
    protected static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    protected VendorSimulator simulator;
    protected final RecordingSleeper sleeper = new RecordingSleeper();

    /** A new simulator of this vendor. */
    protected abstract VendorSimulator newSimulator();

    /**
     * A client for this base URL with the simulator's credentials, two HTTP retries,
     * {@link #READ_TIMEOUT} and {@link #sleeper}.
     */
    protected abstract CampaignClient client(String baseUrl);

    /** A campaign the vendor accepts. */
    protected abstract Campaign campaign();

    /** The method and path of the request that creates the campaign. */
    protected abstract String createPath();

    /** A 2xx body in the vendor's shape that lacks the campaign's id. */
    protected abstract String successWithoutId();

    /** A 200 body in which the vendor says the request failed (or, for vendors without one, another odd 200). */
    protected abstract String failureEnvelope();

    /** The secret the client was built with, which must never show. */
    protected abstract String secret();

    /** The faults, and what each must give. */
    public enum Case {
        RESET_BEFORE_RESPONSE, RESET_MID_BODY, READ_TIMEOUT_BEFORE_ANY_BYTE, SLOW_BODY,
        RATE_LIMITED_RETRY_AFTER_SECONDS, RATE_LIMITED_RETRY_AFTER_DATE, RATE_LIMITED_WITHOUT_RETRY_AFTER,
        STATUS_500, STATUS_502, STATUS_503, STATUS_504,
        HTML_200, TRUNCATED_JSON_200, EMPTY_200, FAILURE_ENVELOPE_200, MISSING_ID_2XX, HUGE_ERROR_BODY
    }

    @BeforeEach
    void startSimulator() {
        simulator = newSimulator();
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
            case TRUNCATED_JSON_200 -> simulator.failNext(1, Fault.body(200, successWithoutId().substring(0, 7)));
            case EMPTY_200 -> simulator.failNext(1, Fault.body(200, ""));
            case FAILURE_ENVELOPE_200 -> simulator.failNext(1, Fault.body(200, failureEnvelope()));
            case MISSING_ID_2XX -> simulator.failNext(1, Fault.body(200, successWithoutId()));
            case HUGE_ERROR_BODY -> simulator.failNext(1, Fault.body(500, "{\"message\":\"" + "x".repeat(5 << 20) + "\"}"));
        }
        Throwable thrown;
        CreatedCampaign created = null;
        try (LogCapture logs = new LogCapture(); CampaignClient client = client(simulator.baseUrl())) {
            thrown = catchThrowable(() -> client.create(campaign()));
            if (thrown == null) {
                created = client.create(campaign());
            }
            assertThat(logs.lines()).allSatisfy(line -> assertThat(line).doesNotContain(secret()));
        }
        if (thrown != null) {
            assertThat(thrown.getMessage()).doesNotContain(secret()).hasSizeLessThan(2_000);
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
            case HTML_200, TRUNCATED_JSON_200, EMPTY_200, FAILURE_ENVELOPE_200, MISSING_ID_2XX -> {
                assertThat(thrown).isInstanceOf(UnexpectedResponseException.class);
                assertThat(creates()).isEqualTo(1);
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
