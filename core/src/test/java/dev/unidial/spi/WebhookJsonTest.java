package dev.unidial.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unidial.CallEvent;
import dev.unidial.CallOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WebhookJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Optional<ZoneId> KOLKATA = Optional.of(ZoneId.of("Asia/Kolkata"));

    @Property(tries = 2000)
    void setting_a_field_on_the_event_sets_what_reading_it_as_an_optional_reads(@ForAll("values") JsonNode value) {
        ObjectNode node = JSON.createObjectNode();
        node.set("f", value);

        CallEvent.Builder set = event();
        WebhookJson.text(node, "f", set, CallEvent.Builder::summary);
        WebhookJson.phone(node, "f", set, CallEvent.Builder::from);
        WebhookJson.seconds(node, "f", set, CallEvent.Builder::duration);
        WebhookJson.count(node, "f", set, CallEvent.Builder::attempt);
        WebhookJson.time(node, "f", KOLKATA, set, CallEvent.Builder::endedAt);
        CallEvent bySetters = set.build();
        CallEvent byOptionals = event().summary(WebhookJson.text(node, "f"))
                .from(WebhookJson.text(node, "f").flatMap(WebhookJson::e164))
                .duration(WebhookJson.seconds(node, "f"))
                .attempt(WebhookJson.count(node, "f"))
                .endedAt(WireValues.instant(WebhookJson.text(node, "f"), KOLKATA))
                .build();

        assertThat(bySetters.summary()).isEqualTo(byOptionals.summary());
        assertThat(bySetters.from()).isEqualTo(byOptionals.from());
        assertThat(bySetters.duration()).isEqualTo(byOptionals.duration());
        assertThat(bySetters.attempt()).isEqualTo(byOptionals.attempt());
        assertThat(bySetters.endedAt()).isEqualTo(byOptionals.endedAt());
        assertThat(WebhookJson.text(node, "f", "none")).isEqualTo(WebhookJson.text(node, "f").orElse("none"));
        assertThat(WebhookJson.phone(node, "f", "none"))
                .isEqualTo(WebhookJson.text(node, "f").flatMap(WebhookJson::e164).orElse("none"));
    }

    @Example
    void a_field_without_a_value_is_left_unset_and_reads_as_what_absent_says() throws Exception {
        JsonNode node = JSON.readTree("{\"blank\": \"  \", \"nothing\": null, \"object\": {\"a\": 1}, \"letters\": \"ask for Asha\","
                + " \"late\": \"2226-01-01T00:00:00Z\", \"local\": \"2026-03-01 16:01:07\", \"long\": 90000}");

        CallEvent.Builder event = event();
        for (String field : new String[] {"blank", "nothing", "object", "missing"}) {
            WebhookJson.text(node, field, event, CallEvent.Builder::summary);
            assertThat(WebhookJson.text(node, field, "")).as(field).isEmpty();
        }
        WebhookJson.phone(node, "letters", event, CallEvent.Builder::from);
        WebhookJson.time(node, "late", Optional.empty(), event, CallEvent.Builder::endedAt);
        WebhookJson.seconds(node, "long", event, CallEvent.Builder::duration);
        CallEvent unset = event.build();

        assertThat(unset.summary()).isEmpty();
        assertThat(unset.from()).isEmpty();
        assertThat(unset.endedAt()).as("after CallEvent.LATEST_TIME").isEmpty();
        assertThat(unset.duration()).as("over CallEvent.MAX_DURATION").isEmpty();
        CallEvent.Builder local = event();
        WebhookJson.time(node, "local", KOLKATA, local, CallEvent.Builder::endedAt);
        assertThat(local.build().endedAt()).contains(Instant.parse("2026-03-01T10:31:07Z"));
    }

    @Example
    void the_builders_plain_setters_refuse_null_and_leave_out_what_cannot_be_a_call() {
        assertThatThrownBy(() -> event().summary((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> event().duration((Duration) null)).isInstanceOf(NullPointerException.class);

        CallEvent e = event().duration(Duration.ofSeconds(-1)).attempt(-1).endedAt(Instant.parse("1999-12-31T23:59:59Z")).build();

        assertThat(e.duration()).isEmpty();
        assertThat(e.attempt()).isEmpty();
        assertThat(e.endedAt()).isEmpty();
        assertThat(event().attempt(2).attempt(java.util.OptionalInt.empty()).build().attempt()).as("empty unsets").isEmpty();
    }

    private static CallEvent.Builder event() {
        return CallEvent.builder().provider("test").eventId("e").to("+14155550100").outcome(CallOutcome.UNKNOWN, "")
                .raw(JSON.createObjectNode());
    }

    @Provide
    Arbitrary<JsonNode> values() {
        Arbitrary<String> texts = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789+ .-:TZ").ofMaxLength(30),
                Arbitraries.of("", "  ", "+14155550100", "14155550100", " 919876543210 ", "65", "65.5", "-3", "1e999",
                        "2026-03-01T10:00:05Z", "2026-03-01T15:30:05.5+05:30", "2026-03-01 16:01:07", "2026-02-30T10:00:00Z",
                        "1000000001", "ask for Asha"));
        return Arbitraries.oneOf(
                texts.map(JSON.getNodeFactory()::textNode),
                Arbitraries.longs().map(JSON.getNodeFactory()::numberNode),
                Arbitraries.doubles().map(JSON.getNodeFactory()::numberNode),
                Arbitraries.just(JSON.getNodeFactory().nullNode()),
                Arbitraries.just(JSON.getNodeFactory().booleanNode(true)),
                Arbitraries.just(JSON.createObjectNode()));
    }
}
