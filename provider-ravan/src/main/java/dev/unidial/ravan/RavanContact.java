package dev.unidial.ravan;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.Map;
import java.util.Optional;

/**
 * A contact from {@code GET /api/v1/contacts/}; its {@code id} is what a campaign's
 * {@code contactIds} take. Ravan's contact pages use snake_case; camelCase is read too.
 *
 * @param id the contact's id
 * @param firstName first name
 * @param lastName last name
 * @param email e-mail
 * @param phone phone number, E.164
 * @param company company
 * @param metadata free-form metadata
 * @param createdAt when it was created
 * @param updatedAt when it was changed
 * @param other fields this version does not know
 */
public record RavanContact(
        String id,
        @JsonProperty("first_name") @JsonAlias("firstName") Optional<String> firstName,
        @JsonProperty("last_name") @JsonAlias("lastName") Optional<String> lastName,
        Optional<String> email,
        Optional<String> phone,
        Optional<String> company,
        Optional<JsonNode> metadata,
        @JsonProperty("created_at") @JsonAlias("createdAt") Optional<String> createdAt,
        @JsonProperty("updated_at") @JsonAlias("updatedAt") Optional<String> updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values to empty.
     *
     * @param id the contact's id
     * @param firstName first name
     * @param lastName last name
     * @param email e-mail
     * @param phone phone number, E.164
     * @param company company
     * @param metadata free-form metadata
     * @param createdAt when it was created
     * @param updatedAt when it was changed
     * @param other fields this version does not know
     */
    public RavanContact {
        firstName = WireValues.optional(firstName);
        lastName = WireValues.optional(lastName);
        email = WireValues.optional(email);
        phone = WireValues.optional(phone);
        company = WireValues.optional(company);
        metadata = WireValues.optional(metadata);
        createdAt = WireValues.optional(createdAt);
        updatedAt = WireValues.optional(updatedAt);
        other = WireValues.other(other);
    }
}
