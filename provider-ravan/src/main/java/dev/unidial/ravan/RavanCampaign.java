package dev.unidial.ravan;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.spi.WireValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Ravan campaign as the API returns it (create, get, update). Read in camelCase or
 * snake_case, since Ravan's pages disagree; fields this version does not know are kept in
 * {@code other}.
 *
 * @param id the campaign's UUID
 * @param organizationId the organisation's UUID
 * @param name the name
 * @param agentId the agent's UUID
 * @param phoneNumberId the phone-number record's UUID
 * @param fromPhoneNumber the caller number
 * @param status {@code draft}, {@code active}, {@code paused} or {@code completed}
 * @param executionStatus {@code draft}, {@code running}, {@code paused} or {@code completed}
 * @param schedule the schedule
 * @param contactStats contact counters
 * @param contactIds the contacts, when the response lists them
 * @param startedAt when it started, ISO-8601
 * @param completedAt when it completed
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param outboundMaxConcurrent the account's concurrency limit
 * @param outboundMaxCps the account's calls-per-second limit
 * @param other fields this version does not know
 */
public record RavanCampaign(
        String id,
        @JsonAlias("organization_id") Optional<String> organizationId,
        Optional<String> name,
        @JsonAlias("agent_id") Optional<String> agentId,
        @JsonAlias("phone_number_id") Optional<String> phoneNumberId,
        @JsonAlias("from_phone_number") Optional<String> fromPhoneNumber,
        Optional<String> status,
        @JsonAlias("execution_status") Optional<String> executionStatus,
        Optional<RavanSchedule> schedule,
        @JsonAlias("contact_stats") Optional<RavanContactStats> contactStats,
        @JsonAlias("contact_ids") Optional<List<String>> contactIds,
        @JsonAlias("started_at") Optional<String> startedAt,
        @JsonAlias("completed_at") Optional<String> completedAt,
        @JsonAlias("created_at") Optional<String> createdAt,
        @JsonAlias("updated_at") Optional<String> updatedAt,
        @JsonAlias("outbound_max_concurrent") Optional<Integer> outboundMaxConcurrent,
        @JsonAlias("outbound_max_cps") Optional<Integer> outboundMaxCps,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    /**
     * Normalises absent values to empty.
     *
     * @param id the campaign's UUID
     * @param organizationId the organisation's UUID
     * @param name the name
     * @param agentId the agent's UUID
     * @param phoneNumberId the phone-number record's UUID
     * @param fromPhoneNumber the caller number
     * @param status {@code draft}, {@code active}, {@code paused} or {@code completed}
     * @param executionStatus {@code draft}, {@code running}, {@code paused} or {@code completed}
     * @param schedule the schedule
     * @param contactStats contact counters
     * @param contactIds the contacts, when the response lists them
     * @param startedAt when it started, ISO-8601
     * @param completedAt when it completed
     * @param createdAt when it was created
     * @param updatedAt when it was last changed
     * @param outboundMaxConcurrent the account's concurrency limit
     * @param outboundMaxCps the account's calls-per-second limit
     * @param other fields this version does not know
     */
    public RavanCampaign {
        organizationId = WireValues.optional(organizationId);
        name = WireValues.optional(name);
        agentId = WireValues.optional(agentId);
        phoneNumberId = WireValues.optional(phoneNumberId);
        fromPhoneNumber = WireValues.optional(fromPhoneNumber);
        status = WireValues.optional(status);
        executionStatus = WireValues.optional(executionStatus);
        schedule = WireValues.optional(schedule);
        contactStats = WireValues.optional(contactStats);
        contactIds = WireValues.optionalList(contactIds);
        startedAt = WireValues.optional(startedAt);
        completedAt = WireValues.optional(completedAt);
        createdAt = WireValues.optional(createdAt);
        updatedAt = WireValues.optional(updatedAt);
        outboundMaxConcurrent = WireValues.optional(outboundMaxConcurrent);
        outboundMaxCps = WireValues.optional(outboundMaxCps);
        other = WireValues.other(other);
    }
}
