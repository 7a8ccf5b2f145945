package dev.unidial.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.CallEvents;
import dev.unidial.Secret;
import dev.unidial.WebhookException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever a webhook request holds, reading it gives an event or a {@link WebhookException}; nothing else. */
class CallEventPropertyTest {
    private static final Map<String, String> BODIES = Map.of("callkaro", CallEventsTest.CALLKARO, "ravan", CallEventsTest.RAVAN,
            "mrassistant", "{\"call_id\": \"c1\", \"campaign_id\": \"cmp_1\", \"to_number\": \"+14155550100\","
                    + " \"status\": \"completed\", \"duration_seconds\": 12, \"context\": {\"a\": 1}}");

    @Provide
    Arbitrary<String> providers() {
        return Arbitraries.of("callkaro", "ravan", "mrassistant");
    }

    @Property(tries = 300)
    void a_truncated_body_is_a_webhook_exception_never_another_exception(@ForAll("providers") String provider,
            @ForAll @IntRange(min = 0, max = 2000) int cut) {
        byte[] whole = BODIES.get(provider).strip().getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(whole, Math.min(cut, whole.length - 1));

        Throwable thrown = catchThrowable(() -> CallEvents.parse(provider, Map.of(), truncated));

        assertThat(thrown).isInstanceOf(WebhookException.class);
    }

    @Property(tries = 300)
    void any_byte_changed_in_the_url_token_is_refused(@ForAll("providers") String provider,
            @ForAll @IntRange(min = 0, max = 42) int position, @ForAll @net.jqwik.api.constraints.CharRange(from = '!', to = '~') char replacement) {
        Secret token = Secret.of("tok_" + "abcdefghijklmnopqrstuvwxyz0123456789AB".substring(0, 38));
        String t = token.reveal();
        int at = position % t.length();
        String tampered = t.substring(0, at) + replacement + t.substring(at + 1);
        CallEvents.Reader reader = CallEvents.reader().urlToken(token).build();
        URI uri = URI.create(CallEvents.withUrlToken("https://me.example/hooks", Secret.of(tampered)));

        Throwable thrown = catchThrowable(() -> reader.read(provider, uri, Map.of(),
                BODIES.get(provider).getBytes(StandardCharsets.UTF_8)));

        if (tampered.equals(t)) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOf(WebhookException.class);
        }
    }

    @Property(tries = 200)
    void arbitrary_bytes_are_an_event_or_a_webhook_exception(@ForAll("providers") String provider, @ForAll byte[] body) {
        Throwable thrown = catchThrowable(() -> CallEvents.parse(provider, Map.of(), body));

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(WebhookException.class);
        }
    }
}
