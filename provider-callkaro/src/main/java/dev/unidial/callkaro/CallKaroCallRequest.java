package dev.unidial.callkaro;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.unidial.spi.WireValues;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code POST /call/outbound}: one call, every documented field. Build it
 * with {@link #builder(String, String)}; unset fields are not sent.
 *
 * @param toNumber the number to call, E.164
 * @param agentId the agent that talks
 * @param batchId the campaign (batch) the call belongs to
 * @param metadata variables the agent reads as {@code {{metadata.key}}}
 * @param scheduleAt when to call, {@code YYYY-MM-DDTHH:MM:SS} (no zone)
 * @param minTriggerTime the window's start, {@code HH:MM}
 * @param maxTriggerTime the window's end, {@code HH:MM}
 * @param carryOver whether a call at the window's end moves to the next day
 * @param numberOfRetries 0 to 10
 * @param gapBetweenRetries minutes between retries
 * @param priority −100 to 100, higher first
 * @param language one of {@link CallKaroOptions#LANGUAGES}
 */
public record CallKaroCallRequest(
        @JsonProperty("to_number") String toNumber,
        @JsonProperty("agent_id") String agentId,
        @JsonProperty("batch_id") Optional<String> batchId,
        Optional<Map<String, Object>> metadata,
        @JsonProperty("schedule_at") Optional<String> scheduleAt,
        @JsonProperty("min_trigger_time") Optional<String> minTriggerTime,
        @JsonProperty("max_trigger_time") Optional<String> maxTriggerTime,
        @JsonProperty("carry_over") Optional<Boolean> carryOver,
        @JsonProperty("number_of_retries") Optional<Integer> numberOfRetries,
        @JsonProperty("gap_between_retries") Optional<CallKaroRetryGap> gapBetweenRetries,
        Optional<Integer> priority,
        Optional<String> language) {

    /**
     * {@return a builder for a call to this number by this agent}
     *
     * @param toNumber the number to call
     * @param agentId the vendor's id of the voice agent
     */
    public static Builder builder(String toNumber, String agentId) {
        return new Builder(toNumber, agentId);
    }

    /** Builds a {@link CallKaroCallRequest}; values are checked when it is sent. */
    public static final class Builder {
        private final String toNumber;
        private final String agentId;
        private String batchId;
        private Map<String, Object> metadata;
        private String scheduleAt;
        private String minTriggerTime;
        private String maxTriggerTime;
        private Boolean carryOver;
        private Integer numberOfRetries;
        private CallKaroRetryGap gapBetweenRetries;
        private Integer priority;
        private String language;

        private Builder(String toNumber, String agentId) {
            this.toNumber = Objects.requireNonNull(toNumber, "toNumber");
            this.agentId = Objects.requireNonNull(agentId, "agentId");
        }

        /**
         * Sets the batch to add the call to.
         *
         * @param v the batch id
         * @return this builder
         */
        public Builder batchId(String v) {
            batchId = Objects.requireNonNull(v, "batchId");
            return this;
        }

        /**
         * Sets the variables for the agent.
         *
         * @param v the metadata
         * @return this builder
         */
        public Builder metadata(Map<String, Object> v) {
            metadata = WireValues.map(Objects.requireNonNull(v, "metadata"));
            return this;
        }

        /**
         * Sets when to call, {@code YYYY-MM-DDTHH:MM:SS}.
         *
         * @param v the time, such as {@code 2030-01-06T09:00:00}
         * @return this builder
         */
        public Builder scheduleAt(String v) {
            scheduleAt = Objects.requireNonNull(v, "scheduleAt");
            return this;
        }

        /**
         * {@return the daily window, {@code HH:MM} to {@code HH:MM}}
         *
         * @param min the least allowed
         * @param max the most allowed
         */
        public Builder triggerWindow(String min, String max) {
            minTriggerTime = Objects.requireNonNull(min, "minTriggerTime");
            maxTriggerTime = Objects.requireNonNull(max, "maxTriggerTime");
            return this;
        }

        /**
         * Sets whether a call at the window's end moves to the next day.
         *
         * @param v whether calls carry over
         * @return this builder
         */
        public Builder carryOver(boolean v) {
            carryOver = v;
            return this;
        }

        /**
         * Sets the retries, 0 to 10.
         *
         * @param v the number of retries
         * @return this builder
         */
        public Builder numberOfRetries(int v) {
            numberOfRetries = v;
            return this;
        }

        /**
         * Sets the minutes between retries.
         *
         * @param v the minutes
         * @return this builder
         */
        public Builder gapBetweenRetries(CallKaroRetryGap v) {
            gapBetweenRetries = Objects.requireNonNull(v, "gapBetweenRetries");
            return this;
        }

        /**
         * Sets the priority, −100 to 100, higher first.
         *
         * @param v the priority
         * @return this builder
         */
        public Builder priority(int v) {
            priority = v;
            return this;
        }

        /**
         * Sets the language, ISO 639-1.
         *
         * @param v the language
         * @return this builder
         */
        public Builder language(String v) {
            language = Objects.requireNonNull(v, "language");
            return this;
        }

        /** {@return the request} */
        public CallKaroCallRequest build() {
            return new CallKaroCallRequest(toNumber, agentId, Optional.ofNullable(batchId), Optional.ofNullable(metadata),
                    Optional.ofNullable(scheduleAt), Optional.ofNullable(minTriggerTime),
                    Optional.ofNullable(maxTriggerTime), Optional.ofNullable(carryOver),
                    Optional.ofNullable(numberOfRetries), Optional.ofNullable(gapBetweenRetries),
                    Optional.ofNullable(priority), Optional.ofNullable(language));
        }
    }
}
