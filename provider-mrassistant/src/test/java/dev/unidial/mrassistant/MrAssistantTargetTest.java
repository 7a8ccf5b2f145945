package dev.unidial.mrassistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unidial.http.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MrAssistantTargetTest {
    private static final ObjectMapper SDK = Json.newMapper();
    /** The same mapper with the target's own writer switched off: Jackson's reading of the annotations. */
    private static final ObjectMapper JACKSON = Json.newMapper().addMixIn(MrAssistantTarget.class, JacksonDefault.class);

    @JsonSerialize(using = JsonSerializer.None.class)
    private interface JacksonDefault {}

    @Property(tries = 500)
    void a_target_is_written_exactly_as_jackson_writes_it_from_the_annotations(@ForAll("targets") MrAssistantTarget target)
            throws Exception {
        assertThat(SDK.writeValueAsString(target)).isEqualTo(JACKSON.writeValueAsString(target));
    }

    @Example
    void the_comparison_is_between_two_writers() throws Exception {
        assertThat(SDK.getSerializerProviderInstance().findValueSerializer(MrAssistantTarget.class))
                .isInstanceOf(MrAssistantTarget.Writer.class);
        assertThat(JACKSON.getSerializerProviderInstance().findValueSerializer(MrAssistantTarget.class))
                .isNotInstanceOf(MrAssistantTarget.Writer.class);
    }

    @Example
    void a_target_reads_back_from_what_is_written() throws Exception {
        MrAssistantTarget target = new MrAssistantTarget("+14155550100", Optional.of("+14155550199"),
                Map.of("name", "Zoë \"Z\"", "visits", 3, "tags", List.of("a", "b")));

        assertThat(SDK.readValue(SDK.writeValueAsBytes(target), MrAssistantTarget.class)).isEqualTo(target);
    }

    @Provide
    Arbitrary<MrAssistantTarget> targets() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(12);
        Arbitrary<Object> value = Arbitraries.oneOf(text.map(s -> (Object) s), Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l), Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b), text.list().ofMaxSize(3).map(l -> (Object) l),
                Arbitraries.maps(text, Arbitraries.integers()).ofMaxSize(3).map(m -> (Object) m));
        return Combinators.combine(text, text.optional(), Arbitraries.maps(text, value).ofMaxSize(5))
                .as(MrAssistantTarget::new);
    }
}
