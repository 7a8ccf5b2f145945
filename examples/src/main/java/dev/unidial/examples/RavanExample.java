package dev.unidial.examples;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CreatedCampaign;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.ravan.RavanCampaign;
import dev.unidial.ravan.RavanClient;
import dev.unidial.ravan.RavanContact;
import dev.unidial.ravan.RavanUpdateCampaignRequest;
import dev.unidial.testkit.VendorSimulator;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/** Ravan: a campaign on existing contacts, with a weekday window, then activated with an update. */
public final class RavanExample {
    private RavanExample() {}

    /** Runs the example. */
    public static void main(String[] args) {
        // Contacts are made in Ravan's dashboard; the simulator holds two, as an account would.
        try (Sandbox sandbox = Sandbox.of("ravan", () -> VendorSimulator.ravan().addContact("contact-1", "+919876543211")
                        .addContact("contact-2", "+919876543212"));
             RavanClient client = (RavanClient) sandbox.client()) {
            System.out.println("Ravan example against " + sandbox.where());
            var contacts = client.api().listContacts(50, 0).data().stream().map(RavanContact::id).toList();
            System.out.println("Contacts: " + contacts);
            CreatedCampaign created = client.create(Campaign.builder()
                    .name("Q4 Outreach")
                    .agentId("019e92f8-f032-7fb7-b294-508f4167618e")
                    .callerId(CallerId.of("+918035088113", "019e92f4-097d-7a52-b5e5-fa7e0dd0761f"))
                    .audience(Audience.contactIds(contacts))
                    .schedule(Schedule.builder().timeZone(ZoneId.of("Asia/Kolkata"))
                            .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))).build())
                    .maxConcurrentCalls(2)
                    .retryPolicy(RetryPolicy.of(2, Duration.ofMinutes(30)))
                    .build());
            System.out.println("Created " + created.id() + " (" + created.status() + ")");
            RavanCampaign active = client.api().updateCampaign(created.id(),
                    RavanUpdateCampaignRequest.builder().status("active").executionStatus("running").build());
            System.out.println("Updated: status " + active.status().orElse("?") + ", execution "
                    + active.executionStatus().orElse("?"));
        }
    }
}
