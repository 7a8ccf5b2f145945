package dev.unidial.examples;

import dev.unidial.Audience;
import dev.unidial.CallResult;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignSnapshot;
import dev.unidial.CampaignStatus;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.UnsupportedFeatureException;
import dev.unidial.kore.KoreOptions;
import dev.unidial.testkit.KoreSimulator;
import dev.unidial.testkit.RavanSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Follows campaigns after create with the neutral lifecycle API, on the vendor simulators
 * (which play the calls when told to): one on Ravan from draft through active to completed,
 * printing its progress; one on Kore.ai through play and stop, reading each contact's outcome.
 */
public final class FollowACampaign {
    private FollowACampaign() {}

    /** Runs the example. */
    public static void main(String[] args) {
        ravan();
        System.out.println();
        kore();
    }

    private static void ravan() {
        try (RavanSimulator simulator = VendorSimulator.ravan();
             CampaignClient ravan = CampaignClients.create("ravan", simulator.settings())) {
            String id = ravan.create(Campaign.builder()
                    .name("Q4 Outreach")
                    .agentId("019e92f8-f032-7fb7-b294-508f4167618e")
                    .callerId(CallerId.of("+918035088113", "019e92f4-097d-7a52-b5e5-fa7e0dd0761f"))
                    .audience(Audience.contactIds(List.of("c-1", "c-2", "c-3", "c-4", "c-5", "c-6")))
                    .build()).id();
            System.out.println("Ravan: created " + id + ", " + ravan.get(id).status());
            System.out.println("Ravan: start → " + ravan.start(id).status());
            CampaignSnapshot now = ravan.get(id);
            while (now.status() != CampaignStatus.COMPLETED) {
                simulator.completeCalls(id, 1, 1); // the vendor places calls
                now = ravan.get(id);
                var p = now.progress().orElseThrow();
                long done = p.completed().orElse(0) + p.failed().orElse(0) + p.noAnswer().orElse(0);
                System.out.printf("Ravan: %s (%s), %d of %d done: %d completed, %d not answered, %d failed, %d pending%n",
                        now.status(), now.rawStatus(), done, p.total().orElse(0), p.completed().orElse(0),
                        p.noAnswer().orElse(0), p.failed().orElse(0), p.pending().orElse(0));
            }
            CampaignSnapshot done = ravan.awaitStatus(id, Set.of(CampaignStatus.COMPLETED), Duration.ofMinutes(5));
            System.out.println("Ravan: awaited " + done.status() + ", completed at " + done.completedAt().orElseThrow());
        }
    }

    private static void kore() {
        try (KoreSimulator simulator = VendorSimulator.kore();
             CampaignClient kore = CampaignClients.create("kore", simulator.settings())) {
            String id = kore.create(Campaign.builder()
                    .name("Delivery follow-up")
                    .description("Asks whether the order arrived")
                    .callerId(CallerId.ofNumber("+15101234567"))
                    .audience(Audience.targets(Target.of("+14155550101"), Target.of("+14155550102"),
                            Target.of("+14155550103")))
                    .schedule(Schedule.builder().timeZone(ZoneId.of("America/New_York"))
                            .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))).build())
                    .option(KoreOptions.builder().experienceFlowName("Delivery Flow").build())
                    .build()).id();
            System.out.println("Kore: created " + id + ", " + kore.get(id).status());
            CampaignSnapshot playing = kore.start(id);
            System.out.println("Kore: play → " + playing.status() + " (" + playing.rawStatus() + "), name in the answer: "
                    + playing.name().orElse("none"));
            simulator.completeCalls(id, "COMPLETED", 1).completeCalls(id, "NO_ANSWER", 1);
            try (Stream<CallResult> results = kore.results(id)) {
                results.forEach(r -> System.out.println("Kore: " + r.phone() + " " + r.outcome() + " (" + r.rawOutcome()
                        + "), attempts " + (r.attempts().isPresent() ? r.attempts().getAsInt() : 0)));
            }
            System.out.println("Kore: stop → " + kore.pause(id).status() + "; play again → " + kore.resume(id).status());
            try {
                kore.cancel(id);
            } catch (UnsupportedFeatureException e) {
                System.out.println("Kore: cancel → " + e.getMessage());
            }
        }
    }
}
