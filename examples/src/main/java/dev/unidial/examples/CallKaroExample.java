package dev.unidial.examples;

import dev.unidial.Audience;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CreatedCampaign;
import dev.unidial.PartialFailureException;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.callkaro.CallKaroClient;
import dev.unidial.callkaro.CallKaroDescriptor;
import dev.unidial.callkaro.CallKaroOptions;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CallKaro: a campaign of 2,000 targets read lazily and added call by call, with progress.
 * Against the simulator one number is refused (as CallKaro refuses DND numbers), so the
 * example also shows a partial failure and its resume.
 */
public final class CallKaroExample {
    private static final String REFUSED = "+14155500007";

    private CallKaroExample() {}

    /** Runs the example; the first argument overrides the number of targets. */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        AtomicInteger answered = new AtomicInteger();
        try (Sandbox sandbox = Sandbox.of("callkaro", VendorSimulator::callkaro);
             CallKaroClient client = CallKaroClient.builder()
                     .apiKey(sandbox.setting("CALLKARO_API_KEY", ""))
                     .baseUrl(sandbox.setting("CALLKARO_BASE_URL", CallKaroDescriptor.DEFAULT_BASE_URL))
                     .callConcurrency(8)
                     .onCallOutcome(o -> {
                         int n = answered.incrementAndGet();
                         if (n % 500 == 0) {
                             System.out.println("  " + n + " calls answered");
                         }
                     })
                     .build()) {
            System.out.println("CallKaro example against " + sandbox.where());
            CallKaroSimulator sim = (CallKaroSimulator) sandbox.simulator();
            if (sim != null) {
                sim.refuseNumber(REFUSED, "DND_NUMBER");
            }
            Campaign campaign = Campaign.builder()
                    .name("Service renewals")
                    .agentId("agent_sales_id")
                    .audience(Audience.targets(lazyTargets(size)))
                    .schedule(Schedule.builder().window(CallingWindow.everyDay(LocalTime.of(10, 0), LocalTime.of(19, 0))).build())
                    .retryPolicy(RetryPolicy.of(2, Duration.ofMinutes(30)))
                    .variables(Map.of("brand", "Acme"))
                    .option(CallKaroOptions.builder().language("hi").build())
                    .build();
            CreatedCampaign created;
            try {
                created = client.create(campaign);
            } catch (PartialFailureException e) {
                System.out.println("Partial failure: " + e.getMessage());
                if (sim != null) {
                    sim.acceptNumber(REFUSED); // as if the number had been verified in the meantime
                }
                created = client.api().resendFailed(e.campaign(), campaign);
                System.out.println("Resumed: only the failed targets were sent again.");
            }
            System.out.println("Batch " + created.id() + ": " + created.targetOutcomes().size() + " calls queued, "
                    + created.failedTargets().size() + " failed");
        }
    }

    private static Iterable<Target> lazyTargets(int size) {
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < size;
            }

            @Override
            public Target next() {
                i++;
                return Target.of(String.format("+141555%05d", i), Map.of("customer", "C-" + i));
            }
        };
    }
}
