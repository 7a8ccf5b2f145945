package dev.unidial.mrassistant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.unidial.spi.WireValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code POST /campaigns}, field for field. Optional fields left empty are
 * not sent, so MrAssistant's defaults apply ({@code concurrent_calls} 1,
 * {@code retry_failed} false, {@code retry_attempts} 0, {@code notify_on_call_complete} false).
 * Build one with {@link #builder(String, String)}.
 *
 * @param agentId the agent's UUID
 * @param name 1 to 255 characters
 * @param targets 1 to 1000 targets
 * @param scheduleAt the start, ISO-8601 with offset
 * @param concurrentCalls 1 to 10
 * @param retryFailed whether failed calls are retried
 * @param retryAttempts 0 to 3
 * @param context campaign variables
 * @param webhookUrl where progress is posted
 * @param webhookSecret the secret MrAssistant signs webhooks with
 * @param notifyOnCallComplete whether each completed call is posted
 */
public record MrAssistantCampaignRequest(
        @JsonProperty("agent_id") String agentId,
        String name,
        List<MrAssistantTarget> targets,
        @JsonProperty("schedule_at") Optional<String> scheduleAt,
        @JsonProperty("concurrent_calls") Optional<Integer> concurrentCalls,
        @JsonProperty("retry_failed") Optional<Boolean> retryFailed,
        @JsonProperty("retry_attempts") Optional<Integer> retryAttempts,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> context,
        @JsonProperty("webhook_url") Optional<String> webhookUrl,
        @JsonProperty("webhook_secret") Optional<String> webhookSecret,
        @JsonProperty("notify_on_call_complete") Optional<Boolean> notifyOnCallComplete) {

    /**
     * Copies collections and refuses null required fields.
     *
     * @param agentId the agent's UUID
     * @param name 1 to 255 characters
     * @param targets 1 to 1000 targets
     * @param scheduleAt the start, ISO-8601 with offset
     * @param concurrentCalls 1 to 10
     * @param retryFailed whether failed calls are retried
     * @param retryAttempts 0 to 3
     * @param context campaign variables
     * @param webhookUrl where progress is posted
     * @param webhookSecret the secret MrAssistant signs webhooks with
     * @param notifyOnCallComplete whether each completed call is posted
     */
    public MrAssistantCampaignRequest {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(name, "name");
        // Mapped targets are immutable already; a copy would map all of them before the body is written.
        targets = targets instanceof MrAssistantCampaignMapper.MappedTargets mapped ? mapped
                : List.copyOf(Objects.requireNonNull(targets, "targets"));
        context = WireValues.map(context);
    }

    /**
     * {@return a builder with the required fields; add targets and options}
     *
     * @param agentId the vendor's id of the voice agent
     * @param name the name
     */
    public static Builder builder(String agentId, String name) {
        return new Builder(agentId, name);
    }

    /** The same request with the webhook secret shown as {@code [redacted]}, for previews. */
    MrAssistantCampaignRequest redacted() {
        return new MrAssistantCampaignRequest(agentId, name, targets, scheduleAt, concurrentCalls, retryFailed,
                retryAttempts, context, webhookUrl, webhookSecret.map(s -> "[redacted]"), notifyOnCallComplete);
    }

    /** Builds a {@link MrAssistantCampaignRequest}. */
    public static final class Builder {
        private final String agentId;
        private final String name;
        private List<MrAssistantTarget> targets = new ArrayList<>();
        private String scheduleAt;
        private Integer concurrentCalls;
        private Boolean retryFailed;
        private Integer retryAttempts;
        private Map<String, Object> context = Map.of();
        private String webhookUrl;
        private String webhookSecret;
        private Boolean notifyOnCallComplete;

        private Builder(String agentId, String name) {
            this.agentId = Objects.requireNonNull(agentId, "agentId");
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Adds a target.
         *
         * @param target the target
         * @return this builder
         */
        public Builder target(MrAssistantTarget target) {
            Objects.requireNonNull(target, "target");
            if (targets instanceof MrAssistantCampaignMapper.MappedTargets mapped) {
                targets = new ArrayList<>(mapped);
            }
            targets.add(target);
            return this;
        }

        /** Replaces the targets with a campaign's, mapped as they are written. */
        Builder targets(MrAssistantCampaignMapper.MappedTargets mapped) {
            this.targets = mapped;
            return this;
        }

        /**
         * Sets the start, ISO-8601 with an offset.
         *
         * @param scheduleAt the start
         * @return this builder
         */
        public Builder scheduleAt(String scheduleAt) {
            this.scheduleAt = Objects.requireNonNull(scheduleAt, "scheduleAt");
            return this;
        }

        /**
         * Sets the simultaneous calls, 1 to 10.
         *
         * @param concurrentCalls the concurrent calls
         * @return this builder
         */
        public Builder concurrentCalls(int concurrentCalls) {
            this.concurrentCalls = concurrentCalls;
            return this;
        }

        /**
         * Sets the retries of failed calls, 0 to 3; also sets {@code retry_failed}.
         *
         * @param retryAttempts the retry attempts
         * @return this builder
         */
        public Builder retryAttempts(int retryAttempts) {
            this.retryAttempts = retryAttempts;
            this.retryFailed = retryAttempts > 0;
            return this;
        }

        /**
         * Sets the campaign variables.
         *
         * @param context the context
         * @return this builder
         */
        public Builder context(Map<String, Object> context) {
            this.context = WireValues.map(Objects.requireNonNull(context, "context"));
            return this;
        }

        /**
         * {@return the progress webhook and its signing secret (either may be null to leave it out)}
         *
         * @param url the URL
         * @param secret the secret
         * @param notifyOnCallComplete whether every completed call is reported
         */
        public Builder webhook(String url, String secret, boolean notifyOnCallComplete) {
            this.webhookUrl = url;
            this.webhookSecret = secret;
            this.notifyOnCallComplete = notifyOnCallComplete;
            return this;
        }

        /** {@return the request} */
        public MrAssistantCampaignRequest build() {
            return new MrAssistantCampaignRequest(agentId, name, targets, Optional.ofNullable(scheduleAt),
                    Optional.ofNullable(concurrentCalls), Optional.ofNullable(retryFailed),
                    Optional.ofNullable(retryAttempts), context, Optional.ofNullable(webhookUrl),
                    Optional.ofNullable(webhookSecret), Optional.ofNullable(notifyOnCallComplete));
        }
    }

    @Override
    public String toString() {
        return "MrAssistantCampaignRequest[agentId=" + agentId + ", name=" + name + ", targets=" + targets.size()
                + ", webhookSecret=" + webhookSecret.map(s -> "[redacted]").orElse("none") + "]";
    }
}
