package dev.unidial.ravan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code PATCH /api/v1/campaigns/{id}}: only the fields set are sent.
 * {@code status} and {@code executionStatus} are how a campaign is started or paused
 * (Ravan has no separate start or pause endpoint); their values are not enumerated by
 * Ravan's docs, so they are plain strings such as {@code "active"} or {@code "paused"}.
 *
 * @param name a new name
 * @param agentId a new agent
 * @param phoneNumberId a new phone-number record
 * @param fromPhoneNumber a new caller number
 * @param contactIds a new contact list
 * @param schedule a new schedule (including {@code start} and {@code end})
 * @param status a new status
 * @param executionStatus a new execution status
 */
public record RavanUpdateCampaignRequest(
        Optional<String> name,
        Optional<String> agentId,
        Optional<String> phoneNumberId,
        Optional<String> fromPhoneNumber,
        Optional<List<String>> contactIds,
        Optional<RavanSchedule> schedule,
        Optional<String> status,
        Optional<String> executionStatus) {

    /** {@return a builder with nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an update; each method sets one field. */
    public static final class Builder {
        private String name;
        private String agentId;
        private String phoneNumberId;
        private String fromPhoneNumber;
        private List<String> contactIds;
        private RavanSchedule schedule;
        private String status;
        private String executionStatus;

        private Builder() {}

        /**
         * Sets a new name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets a new agent.
         *
         * @param agentId the agent id
         * @return this builder
         */
        public Builder agentId(String agentId) {
            this.agentId = Objects.requireNonNull(agentId, "agentId");
            return this;
        }

        /**
         * Sets a new phone-number record.
         *
         * @param phoneNumberId the phone number id
         * @return this builder
         */
        public Builder phoneNumberId(String phoneNumberId) {
            this.phoneNumberId = Objects.requireNonNull(phoneNumberId, "phoneNumberId");
            return this;
        }

        /**
         * Sets a new caller number.
         *
         * @param fromPhoneNumber the from phone number
         * @return this builder
         */
        public Builder fromPhoneNumber(String fromPhoneNumber) {
            this.fromPhoneNumber = Objects.requireNonNull(fromPhoneNumber, "fromPhoneNumber");
            return this;
        }

        /**
         * Sets a new set of contacts.
         *
         * @param contactIds the contact ids
         * @return this builder
         */
        public Builder contactIds(List<String> contactIds) {
            this.contactIds = List.copyOf(contactIds);
            return this;
        }

        /**
         * Sets a new schedule.
         *
         * @param schedule the schedule
         * @return this builder
         */
        public Builder schedule(RavanSchedule schedule) {
            this.schedule = Objects.requireNonNull(schedule, "schedule");
            return this;
        }

        /**
         * Sets a new status, such as {@code active} or {@code paused}.
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(String status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Sets a new execution status, such as {@code running} or {@code paused}.
         *
         * @param executionStatus the execution status
         * @return this builder
         */
        public Builder executionStatus(String executionStatus) {
            this.executionStatus = Objects.requireNonNull(executionStatus, "executionStatus");
            return this;
        }

        /** {@return the update} */
        public RavanUpdateCampaignRequest build() {
            return new RavanUpdateCampaignRequest(Optional.ofNullable(name), Optional.ofNullable(agentId),
                    Optional.ofNullable(phoneNumberId), Optional.ofNullable(fromPhoneNumber),
                    Optional.ofNullable(contactIds), Optional.ofNullable(schedule), Optional.ofNullable(status),
                    Optional.ofNullable(executionStatus));
        }
    }
}
