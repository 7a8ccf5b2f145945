package dev.unidial.kore;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code POST /agentassist/api/v1/public/{appId}/campaign?campaignType=voice},
 * field for field as on Kore's create page. Every field is required by Kore except
 * {@code experienceFlowName} (Agentless only) and {@code queue_name} (Progressive and
 * Preview only).
 *
 * @param name at most 48 characters
 * @param description at most 256 characters
 * @param contactLists names of existing contact lists
 * @param priority {@code "1"} to {@code "5"}
 * @param dialingMode {@code Agentless}, {@code Progressive} or {@code Preview}
 * @param dialingStrategy caller id, hours, order, attempts, retry period and ring time
 * @param schedule whether Kore's scheduler is on
 * @param experienceFlowName the flow Agentless calls run
 * @param queueName the agent queue (Progressive, Preview)
 * @param enableMachineDetect answering-machine detection
 * @param campaignType {@code voice}
 */
public record KoreCampaignRequest(
        String name,
        String description,
        List<String> contactLists,
        String priority,
        String dialingMode,
        KoreDialingStrategy dialingStrategy,
        Schedule schedule,
        Optional<String> experienceFlowName,
        @JsonProperty("queue_name") Optional<String> queueName,
        boolean enableMachineDetect,
        String campaignType) {

    /**
     * Copies the lists and refuses nulls.
     *
     * @param name at most 48 characters
     * @param description at most 256 characters
     * @param contactLists names of existing contact lists
     * @param priority {@code "1"} to {@code "5"}
     * @param dialingMode {@code Agentless}, {@code Progressive} or {@code Preview}
     * @param dialingStrategy caller id, hours, order, attempts, retry period and ring time
     * @param schedule whether Kore's scheduler is on
     * @param experienceFlowName the flow Agentless calls run
     * @param queueName the agent queue (Progressive, Preview)
     * @param enableMachineDetect answering-machine detection
     * @param campaignType {@code voice}
     */
    public KoreCampaignRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        contactLists = List.copyOf(contactLists);
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(dialingMode, "dialingMode");
        Objects.requireNonNull(dialingStrategy, "dialingStrategy");
        Objects.requireNonNull(schedule, "schedule");
        experienceFlowName = experienceFlowName == null ? Optional.empty() : experienceFlowName;
        queueName = queueName == null ? Optional.empty() : queueName;
        Objects.requireNonNull(campaignType, "campaignType");
    }

    /**
     * {@code schedule}.
     *
     * @param schedulingEnabled Kore's {@code isSchedulingEnabled}
     */
    public record Schedule(@JsonProperty("isSchedulingEnabled") boolean schedulingEnabled) {}

    /**
     * @param name at most 48 characters
     * @param description at most 256 characters
     * @param dialingStrategy caller id, hours, order, attempts, retry period and ring time
     * @return a builder: Agentless, priority {@code "1"}, no contact lists, scheduling and
     *     machine detection off, campaign type {@code voice}
     */
    public static Builder builder(String name, String description, KoreDialingStrategy dialingStrategy) {
        return new Builder(name, description, dialingStrategy);
    }

    /** Builds a {@link KoreCampaignRequest}; every method refuses null. */
    public static final class Builder {
        private final String name;
        private final String description;
        private final KoreDialingStrategy dialingStrategy;
        private List<String> contactLists = List.of();
        private String priority = "1";
        private KoreDialingMode dialingMode = KoreDialingMode.AGENTLESS;
        private boolean schedulingEnabled;
        private String experienceFlowName;
        private String queueName;
        private boolean machineDetection;

        private Builder(String name, String description, KoreDialingStrategy dialingStrategy) {
            this.name = Objects.requireNonNull(name, "name");
            this.description = Objects.requireNonNull(description, "description");
            this.dialingStrategy = Objects.requireNonNull(dialingStrategy, "dialingStrategy");
        }

        /**
         * @param lists names of existing contact lists
         * @return this builder
         */
        public Builder contactLists(List<String> lists) {
            this.contactLists = List.copyOf(lists);
            return this;
        }

        /**
         * @param priority {@code "1"} to {@code "5"}
         * @return this builder
         */
        public Builder priority(String priority) {
            this.priority = Objects.requireNonNull(priority, "priority");
            return this;
        }

        /**
         * @param mode how the campaign dials
         * @return this builder
         */
        public Builder dialingMode(KoreDialingMode mode) {
            this.dialingMode = Objects.requireNonNull(mode, "dialingMode");
            return this;
        }

        /**
         * @param enabled Kore's {@code schedule.isSchedulingEnabled}
         * @return this builder
         */
        public Builder schedulingEnabled(boolean enabled) {
            this.schedulingEnabled = enabled;
            return this;
        }

        /**
         * @param flow the experience flow Agentless calls run
         * @return this builder
         */
        public Builder experienceFlowName(String flow) {
            this.experienceFlowName = Objects.requireNonNull(flow, "experienceFlowName");
            return this;
        }

        /**
         * @param queue the agent queue (Progressive, Preview)
         * @return this builder
         */
        public Builder queueName(String queue) {
            this.queueName = Objects.requireNonNull(queue, "queueName");
            return this;
        }

        /**
         * @param detect Kore's {@code enableMachineDetect}
         * @return this builder
         */
        public Builder machineDetection(boolean detect) {
            this.machineDetection = detect;
            return this;
        }

        /** @return the request */
        public KoreCampaignRequest build() {
            return new KoreCampaignRequest(name, description, contactLists, priority, dialingMode.wireValue(),
                    dialingStrategy, new Schedule(schedulingEnabled), Optional.ofNullable(experienceFlowName),
                    Optional.ofNullable(queueName), machineDetection, "voice");
        }
    }
}
