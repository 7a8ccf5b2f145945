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

    /** @throws NullPointerException if a required field is null */
    public RavanCreateCampaignRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(fromPhoneNumber, "fromPhoneNumber");
        contactIds = List.copyOf(Objects.requireNonNull(contactIds, "contactIds"));
        schedule = Objects.requireNonNull(schedule, "schedule");
    }
}
