package dev.unidial.benchmarks;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Measures one vendor's per-create cost against the baseline one create at a time,
 * interleaved: Unidial, baseline, baseline, Unidial… on the same server and connection pool
 * warmth, so that drift (GC, JIT, a busy neighbour on a two-core machine) falls on both
 * sides alike instead of on whichever ran in a later JMH iteration. Run in a fresh JVM by
 * the runner; prints {@code key=value} lines: each round's ratio of summed times, and the
 * median time per create of each side.
 */
public final class InterleavedCreateProbe {
    static final int ROUNDS = 15;
    static final int PAIRS_PER_ROUND = 400;
    /**
     * Long, by time: on two cores the JIT compiles both sides' code paths (the SDK's is the
     * longer) while the server competes for the CPU, and per-create times keep falling for
     * some 20,000 creates. A short warm-up measures the compiler, not the code.
     */
    static final long WARMUP_NANOS = TimeUnit.SECONDS.toNanos(25);

    private InterleavedCreateProbe() {}

    public static void main(String[] args) {
        String vendor = args[0];
        try (LoopbackServer server = new LoopbackServer(); CampaignClient unidial = Workloads.unidial(vendor, server.baseUrl())) {
            OkHttpClient http = Workloads.baselineHttp();
            Campaign campaign = Workloads.campaign(vendor);
            long[] u = new long[PAIRS_PER_ROUND];
            long[] b = new long[PAIRS_PER_ROUND];
            long warmupEnd = System.nanoTime() + WARMUP_NANOS;
            while (System.nanoTime() < warmupEnd) {
                unidial.create(campaign);
                Workloads.baselineCreate(http, vendor, server.baseUrl(), campaign);
            }
            double[] ratios = new double[ROUNDS];
            long[] unidialMedians = new long[ROUNDS];
            long[] baselineMedians = new long[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long su = 0;
                long sb = 0;
                for (int i = 0; i < PAIRS_PER_ROUND; i++) {
                    // Alternate which side goes first, so neither always finds the other's garbage.
                    boolean unidialFirst = (i & 1) == 0;
                    if (unidialFirst) {
                        u[i] = time(() -> unidial.create(campaign));
                    }
                    b[i] = time(() -> Workloads.baselineCreate(http, vendor, server.baseUrl(), campaign));
                    if (!unidialFirst) {
                        u[i] = time(() -> unidial.create(campaign));
                    }
                    su += u[i];
                    sb += b[i];
                }
                ratios[round] = (double) su / sb;
                unidialMedians[round] = median(u);
                baselineMedians[round] = median(b);
            }
            for (int round = 0; round < ROUNDS; round++) {
                System.out.printf(Locale.ROOT, "round.%d.ratio=%.4f%n", round, ratios[round]);
            }
            System.out.printf(Locale.ROOT, "unidial.medianUs=%.1f%n", median(unidialMedians) / 1000.0);
            System.out.printf(Locale.ROOT, "baseline.medianUs=%.1f%n", median(baselineMedians) / 1000.0);
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static long time(Runnable create) {
        long start = System.nanoTime();
        create.run();
        return System.nanoTime() - start;
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
