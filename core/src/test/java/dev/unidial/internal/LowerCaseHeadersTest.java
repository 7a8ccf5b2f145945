package dev.unidial.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LowerCaseHeadersTest {
    @Test
    void a_lower_case_name_finds_a_header_sent_in_any_case_and_a_name_with_capitals_finds_nothing() {
        Map<String, String> headers = LowerCaseHeaders.of(Map.of("X-Webhook-Signature", "sha256=ab", "content-type", "json"));

        assertThat(headers.get("x-webhook-signature")).isEqualTo("sha256=ab");
        assertThat(headers.get("content-type")).isEqualTo("json");
        assertThat(headers.containsKey("x-webhook-signature")).isTrue();
        assertThat(headers.get("X-Webhook-Signature")).as("names are in lower case").isNull();
        assertThat(headers.get("x-other")).isNull();
        assertThat(headers.get(42)).isNull();
    }

    @Test
    void of_two_spellings_the_lower_case_one_wins_or_else_the_first_in_a_lookup_and_in_iteration_alike() {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("X-Sig", "capitals");
        sent.put("x-sig", "lower");
        sent.put("Host", "first");
        sent.put("HOST", "second");
        Map<String, String> headers = LowerCaseHeaders.of(sent);

        assertThat(headers.get("x-sig")).isEqualTo("lower");
        assertThat(headers.get("host")).isEqualTo("first");
        assertThat(headers).containsExactly(Map.entry("x-sig", "lower"), Map.entry("host", "first"));
        assertThat(headers).isEqualTo(Map.of("x-sig", "lower", "host", "first"));
    }

    @Test
    void null_names_and_values_are_left_out_and_the_view_cannot_be_changed() {
        Map<String, String> sent = new HashMap<>();
        sent.put(null, "x");
        sent.put("A", null);
        sent.put("B", "b");
        Map<String, String> headers = LowerCaseHeaders.of(sent);

        assertThat(headers).containsExactly(Map.entry("b", "b"));
        assertThat(headers.get("a")).isNull();
        assertThatThrownBy(() -> headers.put("c", "c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(LowerCaseHeaders.of(headers)).isSameAs(headers);
    }
}
