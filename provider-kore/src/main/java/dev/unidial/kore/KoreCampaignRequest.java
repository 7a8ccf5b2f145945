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

    /** Copies the lists and refuses nulls. */
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
}
