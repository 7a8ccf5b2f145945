package dev.unidial.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private static final String KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc/+x";
    private final Redactor redactor = Redactor.of(List.of(KEY));

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String unicodeEscaped(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(String.format("\\u%04x", c)));
        return b.toString();
    }

    @Test
    void removes_the_secret_as_is_and_leaves_other_text_alone() {
        assertThat(redactor.scrub("key=" + KEY + " rest")).isEqualTo("key=[redacted] rest");
        assertThat(redactor.scrub("nothing to see")).isEqualTo("nothing to see");
    }

    @Test
    void removes_the_secret_behind_json_url_and_html_escapes() {
        String jsonSlash = KEY.replace("/", "\\/");
        String url = URLEncoder.encode(KEY, StandardCharsets.UTF_8);
        StringBuilder html = new StringBuilder();
        KEY.codePoints().forEach(c -> html.append("&#").append(c).append(';'));
        for (String echoed : List.of(jsonSlash, unicodeEscaped(KEY), url, url.replace("%2F", "%2f").replace("%2B", "%2b"), html.toString(),
                URLEncoder.encode(unicodeEscaped(KEY), StandardCharsets.UTF_8))) {
            assertThat(redactor.scrub("echo: " + echoed + " end")).as(echoed).isEqualTo("echo: [redacted] end");
        }
    }

    @Test
    void removes_the_secret_in_hex_and_in_base64_of_either_alphabet() {
        String hex = HexFormat.of().formatHex(KEY.getBytes(StandardCharsets.UTF_8));
        assertThat(redactor.scrub(hex)).doesNotContain(hex).contains("[redacted]");
        assertThat(redactor.scrub(hex.toUpperCase())).contains("[redacted]");
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(KEY.getBytes(StandardCharsets.UTF_8));
        assertThat(redactor.scrub(urlSafe)).contains("[redacted]");
    }

    /** Base64 of a longer text puts the key at any of three offsets; each must be found. */
    @Property(tries = 60)
    void removes_the_secret_embedded_anywhere_in_a_longer_base64_text(
            @ForAll @StringLength(max = 20) String before, @ForAll @StringLength(max = 20) String after) {
        String encoded = b64(before + KEY + after);
        String scrubbed = redactor.scrub(encoded);
        assertThat(scrubbed).contains("[redacted]");
        for (String part : scrubbed.split("\\[redacted\\]")) {
            for (int skip = 0; skip < 4 && skip < part.length(); skip++) {
                String aligned = part.substring(skip);
                aligned = aligned.substring(0, aligned.length() - aligned.length() % 4);
                try {
                    assertThat(new String(Base64.getDecoder().decode(aligned), StandardCharsets.UTF_8))
                            .doesNotContain(KEY.substring(0, 12));
                } catch (IllegalArgumentException notBase64) {
                    // Not decodable at this offset: nothing to read out.
                }
            }
        }
    }

    @Property(tries = 100)
    void text_without_the_secret_comes_back_unchanged(@ForAll @StringLength(max = 200) String text) {
        String safe = text.replace(KEY, "");
        Assumptions.assumeFalse(Redactor.decodings(safe).stream().anyMatch(d -> d.contains(KEY)));
        assertThat(redactor.scrub(safe)).isEqualTo(safe);
    }

    @Test
    void a_json_body_stays_valid_json_with_its_strings_scrubbed() throws Exception {
        var mapper = Json.newMapper();
        byte[] body = ("{\"detail\":\"bad key " + unicodeEscaped(KEY) + "\",\"n\":1}").getBytes(StandardCharsets.UTF_8);
        byte[] scrubbed = redactor.scrubBody(body, mapper);
        assertThat(mapper.readTree(scrubbed).path("detail").asText()).isEqualTo("bad key [redacted]");
        assertThat(mapper.readTree(scrubbed).path("n").asInt()).isEqualTo(1);
    }

    @Test
    void short_values_are_not_secrets_worth_cutting_out_of_every_text() {
        assertThat(Redactor.of(List.of("abc")).scrub("abc abc")).isEqualTo("abc abc");
    }
}
