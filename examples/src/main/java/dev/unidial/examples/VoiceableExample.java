package dev.unidial.examples;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CreatedCampaign;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.testkit.VendorSimulator;
import dev.unidial.voiceable.VoiceableCampaign;
import dev.unidial.voiceable.VoiceableClient;
import dev.unidial.voiceable.VoiceableDescriptor;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Map;

/** Voiceable: 50,000 recipients streamed as the CSV upload, a scheduled start, then read back. */
public final class VoiceableExample {
    private VoiceableExample() {}

    /** Runs the example; the first argument overrides the number of recipients. */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        // The account schedules in India time; the client is told so, and converts the start into it.
        try (Sandbox sandbox = Sandbox.of("voiceable", () -> VendorSimulator.voiceable().accountZone(ZoneId.of("Asia/Kolkata")));
             CampaignClient client = sandbox.client(Map.of(VoiceableDescriptor.ENV_ACCOUNT_ZONE, "Asia/Kolkata"))) {
            System.out.println("Voiceable example against " + sandbox.where());
            Campaign campaign = Campaign.builder()
                    .name("Q1 Product Launch")
                    .agentId("123")
                    .callerId(CallerId.ofPhoneNumberId("1"))
                    .audience(Audience.targets(recipients(size)))
                    .schedule(Schedule.builder().startAt(OffsetDateTime.parse("2030-02-01T10:00:00+05:30")).build())
                    .build();
            CreatedCampaign created = client.create(campaign);
            System.out.println("Created " + created.id() + " (" + created.status() + ") with "
                    + created.targetCount().orElse(0) + " recipients");
            VoiceableCampaign read = ((VoiceableClient) client).api().getCampaign(created.id());
            System.out.println("Read back: " + read.name().orElse("") + ", scheduled at " + read.scheduledAt().orElse("-"));
        }
    }

    private static Iterable<Target> recipients(int size) {
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < size;
            }

            @Override
            public Target next() {
                return Target.of("+1415" + (5_000_000 + i++));
            }
        };
    }
}
