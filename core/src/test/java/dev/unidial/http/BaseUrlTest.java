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
    @ValueSource(strings = {"http://api.example.com", "http://10.0.0.1", "http://localhost.evil.com"})
    void refuses_plain_http_elsewhere_so_keys_never_travel_in_clear_text(String url) {
        assertThatThrownBy(() -> BaseUrl.of(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must use https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.example.com", "ftp://x.example.com", "https://x.example.com/?a=1", ""})
    void refuses_what_is_not_an_absolute_http_url_without_query(String url) {
        assertThatThrownBy(() -> BaseUrl.of(url)).isInstanceOf(IllegalArgumentException.class);
    }
}
