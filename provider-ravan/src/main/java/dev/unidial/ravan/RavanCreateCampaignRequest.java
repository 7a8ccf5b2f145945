package dev.unidial.ravan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code POST /api/v1/campaigns/}, field for field. Every field but
 * {@code schedule} is required by Ravan.
 *
 * @param name the campaign's name
 * @param agentId the agent that makes the calls
 * @param phoneNumberId the id of the phone-number record calls come from
 * @param fromPhoneNumber that number, E.164
 * @param contactIds the contacts to call
 * @param schedule windows, time zone, concurrency and retries
 */
public record RavanCreateCampaignRequest(
        String name,
        String agentId,
        String phoneNumberId,
        String fromPhoneNumber,
        List<String> contactIds,
        Optional<RavanSchedule> schedule) {

    /**
     *
     * @throws NullPointerException if a required field is null
     * @param name the campaign's name
     * @param agentId the agent that makes the calls
     * @param phoneNumberId the id of the phone-number record calls come from
     * @param fromPhoneNumber that number, E.164
     * @param contactIds the contacts to call
     * @param schedule windows, time zone, concurrency and retries
     */
    public RavanCreateCampaignRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(fromPhoneNumber, "fromPhoneNumber");
        contactIds = List.copyOf(Objects.requireNonNull(contactIds, "contactIds"));
        schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * @param name the campaign's name
     * @param agentId the agent that makes the calls
     * @param phoneNumberId the id of the phone-number record calls come from
     * @param fromPhoneNumber that number, E.164
     * @return a builder with no contacts and no schedule yet
     */
    public static Builder builder(String name, String agentId, String phoneNumberId, String fromPhoneNumber) {
        return new Builder(name, agentId, phoneNumberId, fromPhoneNumber);
    }

    /** Builds a {@link RavanCreateCampaignRequest}; every method refuses null. */
    public static final class Builder {
        private final String name;
        private final String agentId;
        private final String phoneNumberId;
        private final String fromPhoneNumber;
        private List<String> contactIds = List.of();
        private RavanSchedule schedule;

        private Builder(String name, String agentId, String phoneNumberId, String fromPhoneNumber) {
            this.name = Objects.requireNonNull(name, "name");
            this.agentId = Objects.requireNonNull(agentId, "agentId");
            this.phoneNumberId = Objects.requireNonNull(phoneNumberId, "phoneNumberId");
            this.fromPhoneNumber = Objects.requireNonNull(fromPhoneNumber, "fromPhoneNumber");
        }

        /**
         * @param ids the contacts to call
         * @return this builder
         */
        public Builder contactIds(List<String> ids) {
            this.contactIds = List.copyOf(ids);
            return this;
        }

        /**
         * @param schedule windows, time zone, concurrency and retries
         * @return this builder
         */
        public Builder schedule(RavanSchedule schedule) {
            this.schedule = Objects.requireNonNull(schedule, "schedule");
            return this;
        }

        /** @return the request */
        public RavanCreateCampaignRequest build() {
            return new RavanCreateCampaignRequest(name, agentId, phoneNumberId, fromPhoneNumber, contactIds,
                    Optional.ofNullable(schedule));
        }
    }
}
