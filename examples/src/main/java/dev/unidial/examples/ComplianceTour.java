package dev.unidial.examples;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CreatedCampaign;
import dev.unidial.Target;
import dev.unidial.UnidialException;
import dev.unidial.callkaro.CallKaroClient;
import dev.unidial.compliance.CallingHours;
import dev.unidial.compliance.CompliancePolicy;
import dev.unidial.compliance.ComplianceGate;
import dev.unidial.compliance.GateResult;
import dev.unidial.kore.KoreOptions;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.KoreSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.time.ZoneId;
import java.util.List;

/**
 * A mixed audience (India, US east and west coast, UK; one suppressed, one invalid, one in
 * national format) through the compliance gate: one campaign per time zone, each calling only
 * between 09:00 and 21:00 local time, created on the Kore.ai simulator. Then the same campaigns
 * offered to CallKaro with an account zone in India: which it can take, and why the others are
 * refused.
 */
public final class ComplianceTour {
    private ComplianceTour() {}

    /** Runs the example. */
    public static void main(String[] args) {
        Campaign campaign = Campaign.builder()
                .name("Renewals")
                .description("Reminds customers that their plan renews next week")
                .callerId(CallerId.ofNumber("+15101234567"))
                .audience(Audience.targets(
                        Target.of("098765 43210"),        // India, national format
                        Target.of("+919876543211"),       // India, on the do-not-call list
                        Target.of("+12125550123"),        // New York
                        Target.of("+14155550123"),        // San Francisco
                        Target.of("+442079460123"),       // London
                        Target.of("+91 98765")))          // too short: invalid
                .option(KoreOptions.builder().experienceFlowName("Renewal Reminder Flow").build())
                .build();
        CompliancePolicy policy = CompliancePolicy.builder()
                .defaultRegion("IN")
                .localCallingHours(CallingHours.INDIA)
                .suppress(List.of("+919876543211"))
                .build();

        GateResult gate = ComplianceGate.of(policy).apply(campaign);
        System.out.println("Gate: " + gate.campaigns().size() + " campaigns, per zone " + gate.targetsPerZone());
        gate.campaigns().forEach(c -> System.out.println("  " + c.name() + ": " + c.schedule().windows()));
        gate.excluded().forEach(e -> System.out.println("  excluded #" + e.index() + " " + e.target().phone() + ": "
                + e.reason() + " (" + e.detail() + ")"));

        try (KoreSimulator kore = VendorSimulator.kore();
             CampaignClient client = CampaignClients.create("kore", kore.settings())) {
            GateResult.GatedCampaigns run = gate.createAll(client);
            for (CreatedCampaign c : run.created()) {
                System.out.println("Kore: created " + c.name() + " → " + c.id());
            }
        }

        try (CallKaroSimulator sim = VendorSimulator.callkaro();
             CallKaroClient callkaro = CallKaroClient.builder().apiKey(CallKaroSimulator.API_KEY).baseUrl(sim.baseUrl())
                     .accountZone(ZoneId.of("Asia/Kolkata")).build()) {
            for (Campaign c : gate.campaigns()) {
                try {
                    // CallKaro's own needs: an agent, and no caller number or description (it takes neither).
                    callkaro.preview(Campaign.builder().name(c.name()).agentId("agent_sales_id")
                            .audience(c.audience().orElseThrow()).schedule(c.schedule()).build());
                    System.out.println("CallKaro (account in India) can take " + c.name());
                } catch (UnidialException e) {
                    System.out.println("CallKaro refuses " + c.name() + ": " + e.getMessage());
                }
            }
        }
    }
}
