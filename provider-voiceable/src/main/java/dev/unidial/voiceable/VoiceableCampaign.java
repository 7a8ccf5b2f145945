package dev.unidial.voiceable;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.CampaignStatus;
import dev.unidial.spi.WireValues;
import java.util.Map;
import java.util.Optional;

/**
 * A Voiceable campaign (create, list, get).
 *
 * @param id the campaign's numeric id
 * @param name the name
 * @param status {@code pending}, {@code completed}… (Voiceable does not list them all)
 * @param elevenlabsBatchCallId the batch call Voiceable runs it as
 * @param recipientsCount how many recipients it has
 * @param scheduledAt when it is scheduled, ISO-8601
 * @param sendImmediately whether it was sent at once
 * @param createdAt when it was created
 * @param other fields this version does not know
 */
public record VoiceableCampaign(
        long id,
        Optional<String> name,
        Optional<String> status,
        @JsonProperty("elevenlabs_batch_call_id") Optional<String> elevenlabsBatchCallId,
        @JsonProperty("recipients_count") Optional<Long> recipientsCount,
        @JsonProperty("scheduled_at") Optional<String> scheduledAt,
        @JsonProperty("send_immediately") Optional<Boolean> sendImmediately,
        @JsonProperty("created_at") Optional<String> createdAt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values to empty.
     *
     * @param id the campaign's numeric id
     * @param name the name
     * @param status {@code pending}, {@code completed}… (Voiceable does not list them all)
     * @param elevenlabsBatchCallId the batch call Voiceable runs it as
     * @param recipientsCount how many recipients it has
     * @param scheduledAt when it is scheduled, ISO-8601
     * @param sendImmediately whether it was sent at once
     * @param createdAt when it was created
     * @param other fields this version does not know
     */
    public VoiceableCampaign {
        name = WireValues.optional(name);
        status = WireValues.optional(status);
        elevenlabsBatchCallId = WireValues.optional(elevenlabsBatchCallId);
        recipientsCount = WireValues.optional(recipientsCount);
        scheduledAt = WireValues.optional(scheduledAt);
        sendImmediately = WireValues.optional(sendImmediately);
        createdAt = WireValues.optional(createdAt);
        other = WireValues.other(other);
    }

    /** {@return the status in neutral terms, as {@code create} reports it} */
    public CampaignStatus campaignStatus() {
        return VoiceableCampaignMapper.status(status.orElse(""));
    }
}
