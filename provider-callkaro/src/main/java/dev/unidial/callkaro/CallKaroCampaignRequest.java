package dev.unidial.callkaro;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a campaign create: v2 ({@code POST /v2/call/campaign}) takes only the name;
 * v1 ({@code POST /call/campaign}) also the agent shared by every call.
 *
 * @param name 1 to 200 characters
 * @param agentId the agent (v1 only)
 */
public record CallKaroCampaignRequest(String name, @JsonProperty("agent_id") Optional<String> agentId) {

    /** Refuses a null name. */
    public CallKaroCampaignRequest {
        Objects.requireNonNull(name, "name");
        agentId = agentId == null ? Optional.empty() : agentId;
    }

    /** A v2 body. */
    public static CallKaroCampaignRequest v2(String name) {
        return new CallKaroCampaignRequest(name, Optional.empty());
    }

    /** A v1 body. */
    public static CallKaroCampaignRequest v1(String name, String agentId) {
        return new CallKaroCampaignRequest(name, Optional.of(agentId));
    }
}
