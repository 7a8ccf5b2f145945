package dev.unidial.examples;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CreatedCampaign;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.kore.KoreClient;
import dev.unidial.kore.KoreOptions;
import dev.unidial.testkit.VendorSimulator;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Kore.ai: an agentless voice campaign with different hours on Saturday, created on inline
 * targets (a contact list first), then started, checked and stopped.
 */
public final class KoreExample {
    private KoreExample() {}

    /** Runs the example. */
    public static void main(String[] args) {
        try (Sandbox sandbox = Sandbox.of("kore", VendorSimulator::kore);
             KoreClient client = (KoreClient) sandbox.client()) {
            System.out.println("Kore.ai example against " + sandbox.where());
            Campaign campaign = Campaign.builder()
                    .name("Product feedback")
                    .description("Short survey on a recent purchase")
                    .callerId(CallerId.ofNumber("+15101234567"))
                    .audience(Audience.targets(Target.of("+919876543210", Map.of("firstName", "Asha")),
                            Target.of("+919876543211", Map.of("firstName", "Ravi"))))
                    .schedule(Schedule.builder().timeZone(ZoneId.of("Asia/Kolkata"))
                            .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)))
                            .window(CallingWindow.of(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(10, 0), LocalTime.of(14, 0)))
                            .build())
                    .retryPolicy(RetryPolicy.of(2, Duration.ofMinutes(10)))
                    .maxRingTime(Duration.ofSeconds(30))
                    .priority(5)
                    .option(KoreOptions.builder().experienceFlowName("Voice Survey Entry Flow").build())
                    .build();
            System.out.println("The request body: " + client.preview(campaign.toBuilder()
                    .audience(Audience.contactLists(List.of("Product feedback"))).build()).requests().get(0).bodyText());
            CreatedCampaign created = client.create(campaign); // a contact list from the targets, then the campaign
            System.out.println("Created " + created.id() + " (" + created.rawStatus() + ")");
            created.warnings().forEach(w -> System.out.println("  note: " + w));
            System.out.println("Status now: " + client.api().getCampaign(created.id()).status().orElse("?"));
            System.out.println("Start: " + client.api().startCampaign(created.id()).message().orElse(""));
            System.out.println("Contacts: " + client.api().campaignContacts(created.id(), 1, 50).results().size());
            System.out.println("Stop: " + client.api().stopCampaign(created.id()).message().orElse(""));
        }
    }
}
