package dev.unidial.kore;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.Map;
import java.util.Optional;

/**
 * A contact list as Kore returns it; campaigns refer to it by {@link #name()}.
 *
 * @param id its id ({@code cl-…})
 * @param name its name
 * @param status {@code Ready}…
 * @param listType {@code call}
 * @param source how contacts arrive ({@code passiveApi})
 * @param other fields this version does not know (the field mapping…)
 */
public record KoreContactList(
        @JsonAlias("_id") String id,
        Optional<String> name,
        Optional<String> status,
        Optional<String> listType,
        Optional<String> source,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values to empty.
     *
     * @param id its id ({@code cl-…})
     * @param name its name
     * @param status {@code Ready}…
     * @param listType {@code call}
     * @param source how contacts arrive ({@code passiveApi})
     * @param other fields this version does not know (the field mapping…)
     */
    public KoreContactList {
        name = WireValues.optional(name);
        status = WireValues.optional(status);
        listType = WireValues.optional(listType);
        source = WireValues.optional(source);
        other = WireValues.other(other);
    }
}
