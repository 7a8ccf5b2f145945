package dev.unidial.examples;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.kore.KoreOptions;
import dev.unidial.router.CampaignRouter;
import dev.unidial.router.RouteAttempt;
import dev.unidial.router.RouteCondition;
import dev.unidial.router.RoutedGroup;
import dev.unidial.router.RoutingPlan;
import dev.unidial.router.RoutingResult;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.Fault;
import dev.unidial.testkit.KoreSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * One mixed audience over two vendors: Indian numbers to CallKaro, the rest to Kore.ai, each
 * vendor the other's fallback. Kore.ai is down (it answers 503, so it certainly did nothing),
 * and its group moves to CallKaro.
 */
public final class RoutingExample {
    private RoutingExample() {}

    /** Runs the example on the simulators. */
    public static void main(String[] args) {
        try (CallKaroSimulator callkaroSimulator = VendorSimulator.callkaro();
             KoreSimulator koreSimulator = VendorSimulator.kore();
             CampaignClient callkaro = CampaignClients.builder("callkaro").settings(callkaroSimulator.settings()).build();
             CampaignClient kore = CampaignClients.builder("kore").settings(koreSimulator.settings()).maxRetries(0).build()) {
            CampaignRouter router = CampaignRouter.builder()
                    .route(callkaro, RouteCondition.callingCodes(91))   // Indian numbers to CallKaro first
                    .route(kore)                                        // everyone else to Kore.ai first
                    .route(callkaro)                                    // and to CallKaro when Kore.ai cannot
                    .adapt(callkaro, c -> c.toBuilder().agentId("agent-renewals").build())
                    .adapt(kore, c -> c.toBuilder().description("Renewal reminders")
                            .callerId(CallerId.ofNumber("+14155550100"))
                            .schedule(Schedule.builder().timeZone(ZoneId.of("America/New_York"))
                                    .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))).build())
                            .option(KoreOptions.builder().experienceFlowName("Renewals Flow").build()).build())
                    .build();
            Campaign campaign = Campaign.builder().name("Renewals").audience(Audience.targets(
                    Target.of("+919876543210"), Target.of("+14155550101"), Target.of("+919876543211"),
                    Target.of("+447700900123"), Target.of("+14155550102"))).build();

            RoutingPlan plan = router.plan(campaign);
            for (RoutingPlan.Group g : plan.groups()) {
                System.out.println("Plan: " + g.targets() + " targets → " + g.provider().orElse("no vendor"));
            }

            koreSimulator.failNext(1, Fault.status(503));   // Kore.ai is down
            RoutingResult result = router.create(campaign);
            for (RoutedGroup g : result.groups()) {
                System.out.println("Group of " + g.targets() + " (" + String.join(" then ", g.providers()) + "):");
                for (RouteAttempt a : g.attempts()) {
                    System.out.println("  " + a.provider() + " " + a.result() + ": " + a.reason());
                }
            }
            System.out.println("Created " + result.created().size() + " campaigns; not created: " + result.notCreated().size()
                    + "; CallKaro's circuit is " + router.circuitBreaker(callkaro).getState());
        }
    }
}
