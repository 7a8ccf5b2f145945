package dev.unidial.examples;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CreatedCampaign;
import dev.unidial.Preview;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.testkit.VendorSimulator;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The README's first example, as a program: one campaign created on CallKaro, then the same
 * campaign adapted for Ravan. The code between the {@code README} markers is the README's,
 * to the letter (a test keeps the two equal and runs this against the simulators).
 */
public final class FirstCampaign {
    private FirstCampaign() {}

    /** The README's campaign. */
    static Campaign campaign() {
        // README:describe:begin
        Campaign campaign = Campaign.builder()
            .name("Renewal reminders")
            .agentId("agent_sales_id")
            .audience(Audience.targets(
                Target.of("+919876543210", Map.of("name", "Asha")),
                Target.of("+919876543211", Map.of("name", "Ravi"))))
            .schedule(Schedule.builder()
                .startAt(OffsetDateTime.parse("2030-01-06T09:00:00+05:30"))
                .timeZone(ZoneId.of("Asia/Kolkata"))
                .window(CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(18, 0)))
                .build())
            .retryPolicy(RetryPolicy.of(2, Duration.ofMinutes(30)))   // the vendor redials twice
            .variables(Map.of("product", "Gold plan"))
            .build();
        // README:describe:end
        return campaign;
    }

    /** Creates the campaign on CallKaro with these settings; returns what CallKaro answered. */
    static CreatedCampaign onCallKaro(Campaign campaign, Map<String, String> settings) {
        // README:create:begin
        // settings: CALLKARO_API_KEY, and CALLKARO_ACCOUNT_ZONE=Asia/Kolkata (CallKaro's times carry no zone)
        CreatedCampaign created;
        try (CampaignClient client = CampaignClients.create("callkaro", settings)) {
            Preview preview = client.preview(campaign);   // the exact requests (keys redacted), warnings, dropped
            created = client.create(campaign);                        // validate, map, send
            System.out.println(created.id() + " " + created.status() + " " + created.warnings());
        }
        // README:create:end
        return created;
    }

    /** The same campaign adapted for Ravan, created with these settings. */
    static CreatedCampaign onRavan(Campaign campaign, Map<String, String> ravanSettings) {
        // README:adapt:begin
        Campaign forRavan = campaign.toBuilder()
            .audience(Audience.contactIds(List.of("contact-1", "contact-2")))   // Ravan calls contacts it holds
            .callerId(CallerId.of("+918035088113", "019e92f4-5cb1-7d5c-a87a-58e7d3c4c1b0"))   // number and its id
            .build();

        // STRICT (the default) would refuse what Ravan cannot express (campaign
        // variables) and name each; LENIENT sends without them and names each in warnings().
        Map<String, String> lenient = new HashMap<>(ravanSettings);      // RAVAN_API_KEY
        lenient.put("UNIDIAL_MAPPING_POLICY", "LENIENT");
        CreatedCampaign onRavan;
        try (CampaignClient ravan = CampaignClients.create("ravan", lenient)) {
            onRavan = ravan.create(forRavan);
            onRavan.warnings().forEach(System.out::println);   // "Campaign variables were not sent: …"
        }
        // README:adapt:end
        return onRavan;
    }

    /** Runs both steps against the simulators, or a vendor's real API when its key is set. */
    public static void main(String[] args) {
        try (Sandbox callkaro = Sandbox.of("callkaro", VendorSimulator::callkaro);
             Sandbox ravan = Sandbox.of("ravan", VendorSimulator::ravan)) {
            Map<String, String> callkaroSettings = new HashMap<>(settingsOf(callkaro));
            callkaroSettings.putIfAbsent("CALLKARO_ACCOUNT_ZONE", "Asia/Kolkata");
            System.out.println("Step 1: the campaign on CallKaro (" + callkaro.where() + ")");
            CreatedCampaign onCallKaro = onCallKaro(campaign(), callkaroSettings);
            System.out.println("Step 2: the same campaign adapted for Ravan (" + ravan.where() + ")");
            CreatedCampaign onRavan = onRavan(campaign(), settingsOf(ravan));
            System.out.println("Created " + onCallKaro.id() + " on CallKaro and " + onRavan.id() + " on Ravan.");
        }
    }

    private static Map<String, String> settingsOf(Sandbox sandbox) {
        return sandbox.simulator() == null ? System.getenv() : sandbox.simulator().settings();
    }
}
