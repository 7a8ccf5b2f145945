package dev.unidial.kore;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign as Kore returns it. Create answers with {@code id}; get, list and delete with
 * {@code _id}: both are read into {@link #id()}.
 *
 * @param id the campaign's id ({@code cd-…})
 * @param name the name
 * @param lname the lower-case name Kore keeps
 * @param description the description
 * @param priority {@code "1"} to {@code "5"}
 * @param dialingMode the dialing mode
 * @param dialingStrategy the dialing strategy
 * @param experienceFlow the experience flow's id ({@code cf-…})
 * @param status {@code Preparing}, {@code Ready}, {@code Active}, {@code Stopped}…
 * @param createdAt when it was created
 * @param updatedAt when it was changed
 * @param contactLists its contact lists
 * @param enableMachineDetect machine detection, as sent (a boolean, or a string in v2)
 * @param other fields this version does not know
 */
public record KoreCampaign(
        @JsonAlias("_id") String id,
        Optional<String> name,
        Optional<String> lname,
        Optional<String> description,
        Optional<String> priority,
        Optional<String> dialingMode,
        Optional<KoreDialingStrategy> dialingStrategy,
        Optional<String> experienceFlow,
        Optional<String> status,
        Optional<String> createdAt,
        Optional<String> updatedAt,
        Optional<List<String>> contactLists,
        Optional<JsonNode> enableMachineDetect,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values to empty.
     *
     * @param id the campaign's id ({@code cd-…})
     * @param name the name
     * @param lname the lower-case name Kore keeps
     * @param description the description
     * @param priority {@code "1"} to {@code "5"}
     * @param dialingMode the dialing mode
     * @param dialingStrategy the dialing strategy
     * @param experienceFlow the experience flow's id ({@code cf-…})
     * @param status {@code Preparing}, {@code Ready}, {@code Active}, {@code Stopped}…
     * @param createdAt when it was created
     * @param updatedAt when it was changed
     * @param contactLists its contact lists
     * @param enableMachineDetect machine detection, as sent (a boolean, or a string in v2)
     * @param other fields this version does not know
     */
    public KoreCampaign {
        name = WireValues.optional(name);
        lname = WireValues.optional(lname);
        description = WireValues.optional(description);
        priority = WireValues.optional(priority);
        dialingMode = WireValues.optional(dialingMode);
        dialingStrategy = WireValues.optional(dialingStrategy);
        experienceFlow = WireValues.optional(experienceFlow);
        status = WireValues.optional(status);
        createdAt = WireValues.optional(createdAt);
        updatedAt = WireValues.optional(updatedAt);
        contactLists = WireValues.optionalList(contactLists);
        enableMachineDetect = WireValues.optional(enableMachineDetect);
        other = WireValues.other(other);
    }
}
