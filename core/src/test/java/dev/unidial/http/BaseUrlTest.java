package dev.unidial.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

    @ParameterizedTest
    @CsvSource({
        "https://api.ravan.ai, /api/v1/campaigns/, https://api.ravan.ai/api/v1/campaigns/",
        "https://api.ravan.ai/, /api/v1/campaigns/, https://api.ravan.ai/api/v1/campaigns/",
        "https://gw.example.com/ravan/, /api/v1/campaigns/, https://gw.example.com/ravan/api/v1/campaigns/",
        "https://gw.example.com/ravan, /api/v1/campaigns, https://gw.example.com/ravan/api/v1/campaigns",
        "http://127.0.0.1:8080, /campaigns?x=1, http://127.0.0.1:8080/campaigns?x=1",
    })
    void joins_paths_keeping_the_documented_trailing_slash_whatever_the_base(String base, String path, String url) {
        assertThat(BaseUrl.of(base).resolve(path)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:1", "http://127.0.0.1", "http://127.1.2.3:9", "http://[::1]:80"})
    void allows_plain_http_only_on_loopback_hosts(String url) {
        assertThat(BaseUrl.of(url)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.example.com", "http://10.0.0.1", "http://localhost.evil.com",
        "http://127.evil.example", "http://127.0.0.1.nip.io", "http://127.0.0.1.evil.example:8080",
        "http://[::ffff:10.0.0.1]", "http://128.0.0.1"})
    void refuses_plain_http_elsewhere_so_keys_never_travel_in_clear_text(String url) {
        assertThatThrownBy(() -> BaseUrl.of(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must use https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.example.com", "ftp://x.example.com", "https://x.example.com/?a=1", ""})
    void refuses_what_is_not_an_absolute_http_url_without_query(String url) {
        assertThatThrownBy(() -> BaseUrl.of(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://alice:s3cr3tpw@api.example.com", "https://alice@api.example.com",
        "http://alice:hunter2-secret@127.0.0.1:8080"})
    void refuses_user_info_in_the_base_url_without_printing_it(String url) {
        assertThatThrownBy(() -> BaseUrl.of(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not carry user info")
                .hasMessageNotContaining("alice").hasMessageNotContaining("s3cr3tpw").hasMessageNotContaining("hunter2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.example.com/key_live_0a9b8c/v1?token=key_live_0a9b8c",
        "https://api.example.com/key_live_0a9b8c#key_live_0a9b8c", "http://api.example.com/key_live_0a9b8c",
        "https//api.example.com/key_live_0a9b8c"})
    void refuses_a_query_fragment_plain_http_or_nonsense_without_printing_the_path_or_query(String url) {
        assertThatThrownBy(() -> BaseUrl.of(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("key_live_0a9b8c");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", ".."})
    void refuses_an_id_that_would_be_a_dot_segment_or_empty(String id) {
        assertThatThrownBy(() -> BaseUrl.segment(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be empty, '.' or '..'");
    }

    @ParameterizedTest
    @CsvSource({"a/../b, a%2F..%2Fb", "%2E%2E, %252E%252E", "..., ...", "c 1?x=#, c%201%3Fx%3D%23"})
    void encodes_any_other_id_as_exactly_one_segment(String id, String encoded) {
        assertThat(BaseUrl.segment(id)).isEqualTo(encoded);
        assertThat(okhttp3.HttpUrl.get("https://api.example.com/campaigns/" + encoded).pathSegments())
                .containsExactly("campaigns", id);
    }
}
