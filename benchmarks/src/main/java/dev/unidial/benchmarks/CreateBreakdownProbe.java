package dev.unidial.benchmarks;

import dev.unidial.Campaign;
import dev.unidial.spi.AbstractCampaignClient;
import java.util.Locale;
import java.util.function.LongSupplier;
import okhttp3.OkHttpClient;

/**
 * Takes the SDK's create apart, under the conditions of {@link InterleavedCreateProbe}: one
 * step at a time, in rotation, on the same server. The steps are Unidial's whole create, its
 * check alone ({@code plan}, which validates every target) and the baseline's create. The
 * check is timed in the state a create finds the machine in (the other steps' code and data
 * in the caches), which is what it costs inside a create, and can be twice what it costs run
 * back to back. Run by hand, not by the runner:
 * {@code java -Xmx512m -cp … dev.unidial.benchmarks.CreateBreakdownProbe mrassistant}; prints
 * the median time per step and the create without its check as a ratio to the baseline.
 */
public final class CreateBreakdownProbe {
    private static final int ROUNDS = InterleavedCreateProbe.ROUNDS;
    private static final int STEPS_PER_ROUND = 200;

    private CreateBreakdownProbe() {}

    public static void main(String[] args) {
        String vendor = args[0];
        try (LoopbackServer server = new LoopbackServer();
                AbstractCampaignClient unidial = (AbstractCampaignClient) Workloads.unidial(vendor, server.baseUrl())) {
            OkHttpClient http = Workloads.baselineHttp();
            Campaign campaign = Workloads.campaign(vendor);
            String[] names = {"create", "check", "baseline"};
            LongSupplier[] steps = {
                () -> unidial.create(campaign).id().length(),
                () -> unidial.plan(campaign).targetCount(),
                () -> Workloads.baselineCreate(http, vendor, server.baseUrl(), campaign).length(),
            };
            long sink = 0;
            long warmupEnd = System.nanoTime() + InterleavedCreateProbe.WARMUP_NANOS;
            while (System.nanoTime() < warmupEnd) {
                for (LongSupplier step : steps) {
                    sink += step.getAsLong();
                }
            }
            long[][] medians = new long[steps.length][ROUNDS];
            long[][] times = new long[steps.length][STEPS_PER_ROUND];
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < STEPS_PER_ROUND; i++) {
                    // Each step follows each other step in turn, so none always finds the same one's traces.
                    for (int k = 0; k < steps.length; k++) {
                        int s = (k + i) % steps.length;
                        long start = System.nanoTime();
                        sink += steps[s].getAsLong();
                        times[s][i] = System.nanoTime() - start;
                    }
                }
                for (int s = 0; s < steps.length; s++) {
                    medians[s][round] = InterleavedCreateProbe.median(times[s]);
                }
            }
            double[] us = new double[steps.length];
            for (int s = 0; s < steps.length; s++) {
                us[s] = InterleavedCreateProbe.median(medians[s]) / 1000.0;
                System.out.printf(Locale.ROOT, "%s.medianUs=%.1f%n", names[s], us[s]);
            }
            System.out.printf(Locale.ROOT, "createWithoutCheck.ratio=%.3f%n", (us[0] - us[1]) / us[2]);
            System.out.printf(Locale.ROOT, "create.ratio=%.3f%n", us[0] / us[2]);
            System.out.printf(Locale.ROOT, "sink=%d%n", sink);
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
