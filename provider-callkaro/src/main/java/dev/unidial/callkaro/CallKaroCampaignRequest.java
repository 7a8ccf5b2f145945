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

    /**
     * Refuses a null name.
     *
     * @param name 1 to 200 characters
     * @param agentId the agent (v1 only)
     */
    public CallKaroCampaignRequest {
        Objects.requireNonNull(name, "name");
        agentId = agentId == null ? Optional.empty() : agentId;
    }

    /**
     * {@return a v2 body}
     *
     * @param name the name
     */
    public static CallKaroCampaignRequest v2(String name) {
        return new CallKaroCampaignRequest(name, Optional.empty());
    }

    /**
     * {@return a v1 body}
     *
     * @param name the name
     * @param agentId the vendor's id of the voice agent
     */
    public static CallKaroCampaignRequest v1(String name, String agentId) {
        return new CallKaroCampaignRequest(name, Optional.of(agentId));
    }
}
