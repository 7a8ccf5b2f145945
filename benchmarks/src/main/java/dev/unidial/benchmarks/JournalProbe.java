package dev.unidial.benchmarks;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignJournal;
import dev.unidial.CreatedCampaign;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.callkaro.CallKaroClient;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the campaign journal costs a CallKaro fan-out, against the loopback server.
 *
 * <ul>
 *   <li>{@code cost}: 10,000 calls at concurrency 8, with no key against with a key on a
 *       directory journal (every call recorded before its request and after its answer),
 *       interleaved: 3 warm-up rounds, then 9 rounds alternating which side goes first; prints
 *       each side's median and the median of the rounds' ratios.</li>
 *   <li>{@code million}: one keyed create of 1,000,000 lazy targets on a directory journal, in
 *       this JVM (run it with {@code -Xmx64m}); prints the time, the peak heap and the outcome counts.</li>
 * </ul>
 * Run: {@code java -cp <benchmarks class path> dev.unidial.benchmarks.JournalProbe cost|million}.
 */
public final class JournalProbe {
    private JournalProbe() {}

    static Iterable<Target> targets(int n) {
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Target next() {
                i++;
                return Target.of("+1415" + (5_000_000 + i));
            }
        };
    }

    public static void main(String[] args) throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            if (args.length > 0 && args[0].equals("million")) {
                million(server);
            } else {
                cost(server);
            }
        }
    }

    private static void cost(LoopbackServer server) throws Exception {
        Path dir = Files.createTempDirectory("unidial-journal-probe");
        CampaignJournal journal = System.getProperty("memory") != null ? CampaignJournal.inMemory()
                : CampaignJournal.inDirectory(dir);
        try (CallKaroClient plain = client(server, null); CallKaroClient journaled = client(server, journal)) {
            List<Double> ratios = new ArrayList<>();
            List<Long> plainMs = new ArrayList<>();
            List<Long> journaledMs = new ArrayList<>();
            for (int round = 0; round < 12; round++) {
                Campaign campaign = Campaign.builder().name("Bench").agentId("agent_sales_id")
                        .audience(Audience.targets(targets(10_000))).build();
                Campaign keyed = campaign.toBuilder().idempotencyKey("bench-" + round).build();
                long a;
                long b;
                if (round % 2 == 0) {
                    a = time(() -> plain.create(campaign));
                    b = time(() -> journaled.create(keyed));
                } else {
                    b = time(() -> journaled.create(keyed));
                    a = time(() -> plain.create(campaign));
                }
                journal.forget("bench-" + round);
                if (round >= 3) {
                    plainMs.add(a);
                    journaledMs.add(b);
                    ratios.add((double) b / a);
                }
            }
            System.out.println("noKey.medianMs=" + median(plainMs));
            System.out.println("journal.medianMs=" + median(journaledMs));
            System.out.println("ratio.median=" + String.format("%.2f", medianD(ratios)));
            System.out.println("ratio.range=" + String.format("%.2f–%.2f", Collections.min(ratios), Collections.max(ratios)));
        }
    }

    private static void million(LoopbackServer server) throws Exception {
        Path dir = Files.createTempDirectory("unidial-journal-million");
        CampaignJournal journal = CampaignJournal.inDirectory(dir);
        Campaign campaign = Campaign.builder().name("Bench").agentId("agent_sales_id").idempotencyKey("million")
                .audience(Audience.targets(targets(1_000_000))).build();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        try (CallKaroClient client = client(server, journal)) {
            long ms = time(() -> client.create(campaign));
            CreatedCampaign again = client.create(campaign);
            Map<TargetOutcome.State, Long> counts = again.outcomeCounts();
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println("million.ms=" + ms);
            System.out.println("million.counts=" + counts);
            System.out.println("million.peakHeapMb=" + peak / (1024 * 1024));
            System.out.println("maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    private static CallKaroClient client(LoopbackServer server, CampaignJournal journal) {
        CallKaroClient.Builder b = CallKaroClient.builder().apiKey(Workloads.KEY).baseUrl(server.baseUrl())
                .callConcurrency(FanOutBenchmark.CONCURRENCY);
        return (journal == null ? b : b.journal(journal)).build();
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static double medianD(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
