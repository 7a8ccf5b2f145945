package dev.unidial.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.UnexpectedResponseException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    private final Json json = Json.create();

    @Test
    void a_body_read_by_the_error_decoder_is_not_parsed_again_by_the_client() {
        WireResponse response = new WireResponse(200, Map.of(), "{\"id\":\"c1\"}".getBytes(StandardCharsets.UTF_8), false);

        assertThat(json.tree(response)).isSameAs(json.tryTree(response).orElseThrow());
        assertThat(json.tree(response).path("id").asText()).isEqualTo("c1");
    }

    @Test
    void a_body_that_is_not_json_stays_unreadable_on_every_read() {
        WireResponse response = new WireResponse(200, Map.of(), "<html>busy</html>".getBytes(StandardCharsets.UTF_8), false);

        assertThat(json.tryTree(response)).isEmpty();
        assertThatThrownBy(() -> json.tree(response)).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("HTML or XML");
        assertThat(json.tryTree(response)).isEmpty();
    }
}
