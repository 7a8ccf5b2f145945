package dev.unidial.mrassistant;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign as {@code POST /campaigns} returns it. MrAssistant does not enumerate its
 * statuses; the raw value is kept.
 *
 * @param campaignId the campaign's id
 * @param agentId the agent's id
 * @param name the name
 * @param totalTargets how many targets it has
 * @param status the status as sent
 * @param scheduledAt when it starts
 * @param startedAt when it started
 * @param callsInitiated calls placed so far
 * @param callsCompleted calls completed so far
 * @param callsFailed calls failed so far
 * @param other fields this version does not know
 */
public record MrAssistantCampaign(
        @JsonProperty("campaign_id") String campaignId,
        @JsonProperty("agent_id") Optional<String> agentId,
        Optional<String> name,
        @JsonProperty("total_targets") Optional<Long> totalTargets,
        Optional<String> status,
        @JsonProperty("scheduled_at") Optional<String> scheduledAt,
        @JsonProperty("started_at") Optional<String> startedAt,
        @JsonProperty("calls_initiated") Optional<Long> callsInitiated,
        @JsonProperty("calls_completed") Optional<Long> callsCompleted,
        @JsonProperty("calls_failed") Optional<Long> callsFailed,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values to empty.
     *
     * @param campaignId the campaign's id
     * @param agentId the agent's id
     * @param name the name
     * @param totalTargets how many targets it has
     * @param status the status as sent
     * @param scheduledAt when it starts
     * @param startedAt when it started
     * @param callsInitiated calls placed so far
     * @param callsCompleted calls completed so far
     * @param callsFailed calls failed so far
     * @param other fields this version does not know
     */
    public MrAssistantCampaign {
        agentId = WireValues.optional(agentId);
        name = WireValues.optional(name);
        totalTargets = WireValues.optional(totalTargets);
        status = WireValues.optional(status);
        scheduledAt = WireValues.optional(scheduledAt);
        startedAt = WireValues.optional(startedAt);
        callsInitiated = WireValues.optional(callsInitiated);
        callsCompleted = WireValues.optional(callsCompleted);
        callsFailed = WireValues.optional(callsFailed);
        other = WireValues.other(other);
    }
}
