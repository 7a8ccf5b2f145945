package dev.unidial.kore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unidial.Secret;
import dev.unidial.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class KoreJwtTest {
    private static final ObjectMapper JSON = Json.newMapper();

    @Test
    void matches_the_rfc_7515_hs256_example_byte_for_byte() {
        // RFC 7515, appendix A.1: the header and payload contain CR LF, and the key is the JWK "k".
        String header = "{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}";
        String payload = "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}";
        byte[] key = Base64.getUrlDecoder().decode(
                "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow");

        assertThat(KoreJwt.sign(header, payload, key)).isEqualTo(
                "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
                        + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
                        + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    }

    @Test
    void signs_koreas_recipe_with_the_client_secret() throws Exception {
        String token = KoreJwt.sign("{\"sub\":\"1234567890\",\"appId\":\"cs-abc\"}", Secret.of("client-secret-xyz"));

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.path("alg").asText()).isEqualTo("HS256");
        assertThat(payload.path("appId").asText()).isEqualTo("cs-abc");
        assertThat(payload.path("sub").asText()).isEqualTo("1234567890");
        assertThat(parts[2]).isEqualTo(hmac(parts[0] + "." + parts[1], "client-secret-xyz"));
        assertThat(token).doesNotContain("=");
    }

    static String hmac(String input, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }
}
