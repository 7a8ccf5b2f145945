package dev.unidial.kore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.RateLimitException;
import dev.unidial.ServerException;
import dev.unidial.testkit.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import dev.unidial.CampaignClient;
import dev.unidial.tck.FaultMatrixContract;
import dev.unidial.tck.ProviderHarness;

class KoreFaultMatrixTest extends FaultMatrixContract {
    @Override
    protected ProviderHarness harness() {
        return new KoreHarness();
    }

    private static final String KORE_LIMIT = "You've exceeded the per-minute rate limit. Please wait for sometime before retrying.";

    @ParameterizedTest(name = "HTTP {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "400|{\"msg\": \"%s\"}",
        "200|{\"status\": \"failure\", \"message\": \"%s\"}",
        "500|{\"errors\": [{\"msg\": \"%s\"}]}",
        "403|{\"error\": \"%s\"}",
    })
    void kores_rate_limit_message_in_a_json_message_field_is_retried_on_any_status(int status, String body) {
        simulator.failNext(1, Fault.body(status, body.formatted(KORE_LIMIT)));
        try (CampaignClient client = client(simulator.baseUrl())) {
            assertThat(client.create(campaign()).id()).isNotBlank();
        }
        assertThat(simulator.requestCount("POST", createPath().split(" ", 2)[1])).as("Kore did not act: sent again")
                .isEqualTo(2);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502})
    void the_words_rate_limit_outside_a_json_message_never_make_a_5xx_create_safe_to_resend(int status) {
        simulator.failNext(1, Fault.body(status,
                "<html><body><h1>" + status + "</h1>upstream rate limiter: rate limit exceeded</body></html>"));
        Throwable thrown;
        try (CampaignClient client = client(simulator.baseUrl())) {
            thrown = catchThrowable(() -> client.create(campaign()));
        }
        assertThat(thrown).isInstanceOf(ServerException.class).isNotInstanceOf(RateLimitException.class);
        assertThat(simulator.requestCount("POST", createPath().split(" ", 2)[1])).isEqualTo(1);
    }

    @Test
    void a_json_field_that_is_not_a_message_does_not_count_either() {
        simulator.failNext(1, Fault.body(502, "{\"hint\": \"rate limit\", \"code\": 502}"));
        try (CampaignClient client = client(simulator.baseUrl())) {
            assertThat(catchThrowable(() -> client.create(campaign()))).isInstanceOf(ServerException.class);
        }
        assertThat(simulator.requestCount("POST", createPath().split(" ", 2)[1])).isEqualTo(1);
    }
}
