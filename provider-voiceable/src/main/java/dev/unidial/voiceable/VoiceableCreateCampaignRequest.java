package dev.unidial.voiceable;

import java.util.Objects;
import java.util.Optional;

/**
 * The fields of Voiceable's multipart create, one for one. {@code scheduleDate}
 * ({@code YYYY-MM-DD}) and {@code scheduleTime} ({@code HH:MM:SS}) are required when
 * {@code sendImmediately} is false.
 *
 * @param name the campaign's name
 * @param phoneNumberId the numeric id of the calling line
 * @param agentId the agent's id
 * @param recipients the {@code recipients_file}
 * @param sendImmediately whether to start now
 * @param scheduleDate the start date
 * @param scheduleTime the start time
 */
public record VoiceableCreateCampaignRequest(
        String name,
        String phoneNumberId,
        String agentId,
        VoiceableRecipients recipients,
        boolean sendImmediately,
        Optional<String> scheduleDate,
        Optional<String> scheduleTime) {

    /**
     * Refuses nulls.
     *
     * @param name the campaign's name
     * @param phoneNumberId the numeric id of the calling line
     * @param agentId the agent's id
     * @param recipients the {@code recipients_file}
     * @param sendImmediately whether to start now
     * @param scheduleDate the start date
     * @param scheduleTime the start time
     */
    public VoiceableCreateCampaignRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(recipients, "recipients");
        scheduleDate = scheduleDate == null ? Optional.empty() : scheduleDate;
        scheduleTime = scheduleTime == null ? Optional.empty() : scheduleTime;
    }

    /**
     * {@return a campaign sent at once}
     *
     * @param name the name
     * @param phoneNumberId the vendor's id of the phone number
     * @param agentId the vendor's id of the voice agent
     * @param recipients the recipients CSV
     */
    public static VoiceableCreateCampaignRequest immediate(String name, String phoneNumberId, String agentId,
            VoiceableRecipients recipients) {
        return new VoiceableCreateCampaignRequest(name, phoneNumberId, agentId, recipients, true, Optional.empty(),
                Optional.empty());
    }

    /**
     * {@return a campaign scheduled for a date ({@code YYYY-MM-DD}) and time ({@code HH:MM:SS})}
     *
     * @param name the name
     * @param phoneNumberId the vendor's id of the phone number
     * @param agentId the vendor's id of the voice agent
     * @param recipients the recipients CSV
     * @param date the start date, {@code YYYY-MM-DD}
     * @param time the start time, {@code HH:mm}
     */
    public static VoiceableCreateCampaignRequest scheduled(String name, String phoneNumberId, String agentId,
            VoiceableRecipients recipients, String date, String time) {
        return new VoiceableCreateCampaignRequest(name, phoneNumberId, agentId, recipients, false,
                Optional.of(date), Optional.of(time));
    }
}
