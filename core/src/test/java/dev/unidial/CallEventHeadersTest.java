package dev.unidial;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallEventHeadersTest {

    @Test
    void a_servers_multi_valued_headers_become_one_value_per_name_joined_as_http_combines_them() {
        Headers jdk = new Headers();   // what HttpExchange.getRequestHeaders() hands over
        jdk.add("X-Webhook-Signature", "sha256=abc");
        jdk.add("Accept", "application/json");
        jdk.add("Accept", "text/plain");

        assertThat(CallEvents.headers(jdk)).containsEntry("x-webhook-signature", "sha256=abc")
                .containsEntry("accept", "application/json, text/plain").hasSize(2);
    }

    @Test
    void a_name_without_values_is_left_out_and_names_differing_only_in_case_are_one() {
        Map<String, List<String>> headers = Map.of("X-Empty", List.of(), "X-Token", List.of("a"), "x-token", List.of("b"));

        assertThat(CallEvents.headers(headers)).containsOnlyKeys("x-token")
                .hasEntrySatisfying("x-token", v -> assertThat(v).isIn("a, b", "b, a"));
    }
}
