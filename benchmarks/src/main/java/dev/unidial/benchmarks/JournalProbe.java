package dev.unidial.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignJournal;
import dev.unidial.CreatedCampaign;
import dev.unidial.Target;
import dev.unidial.TargetOutcome;
import dev.unidial.callkaro.CallKaroClient;
import dev.unidial.jdbc.JdbcCampaignJournal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
 *   <li>{@code cost [calls] [rounds]}: a fan-out of {@code calls} (100,000 by default) at
 *       concurrency 8, with no key against with a key on a directory journal (every call
 *       recorded before its request and after its answer), interleaved: {@code rounds} rounds
 *       (7 by default), the first two for warm-up, alternating which side goes first; prints
 *       each side's median and the median of the rounds' ratios.</li>
 *   <li>{@code postgres [calls]}: the same with the PostgreSQL journal ({@code unidial-jdbc},
 *       a PostgreSQL started from a jar, a pool of 10), 10,000 calls by default; prints the
 *       time the journal adds per call.</li>
 *   <li>{@code million}: one keyed create of 1,000,000 lazy targets on a directory journal, in
 *       this JVM (run it with {@code -Xmx64m}); prints the time, the peak heap and the outcome counts.</li>
 * </ul>
 * Run: {@code java -cp <benchmarks class path> dev.unidial.benchmarks.JournalProbe cost [calls] [rounds] | million}.
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
            } else if (args.length > 0 && args[0].equals("postgres")) {
                postgres(server, args.length > 1 ? Integer.parseInt(args[1]) : 10_000);
            } else {
                cost(server, args.length > 1 ? Integer.parseInt(args[1]) : 100_000, args.length > 2 ? Integer.parseInt(args[2]) : 7);
            }
        }
    }

    /**
     * A keyed create with the journal against the same create without a key, interleaved.
     *
     * @param calls how many calls each create fans out
     * @param rounds how many rounds, the first two of them warm-up
     */
    private static void cost(LoopbackServer server, int calls, int rounds) throws Exception {
        Path dir = Files.createTempDirectory("unidial-journal-probe");
        CampaignJournal journal = System.getProperty("memory") != null ? CampaignJournal.inMemory()
                : CampaignJournal.inDirectory(dir);
        try (CallKaroClient plain = client(server, null); CallKaroClient journaled = client(server, journal)) {
            List<Double> ratios = new ArrayList<>();
            List<Long> plainMs = new ArrayList<>();
            List<Long> journaledMs = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                Campaign campaign = Campaign.builder().name("Bench").agentId("agent_sales_id")
                        .audience(Audience.targets(targets(calls))).build();
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
                if (round >= 2) {
                    plainMs.add(a);
                    journaledMs.add(b);
                    ratios.add((double) b / a);
                }
            }
            System.out.println("calls=" + calls);
            System.out.println("noKey.medianMs=" + median(plainMs));
            System.out.println("journal.medianMs=" + median(journaledMs));
            System.out.println("ratio.median=" + String.format("%.2f", medianD(ratios)));
            System.out.println("ratio.range=" + String.format("%.2f–%.2f", Collections.min(ratios), Collections.max(ratios)));
        }
    }

    /**
     * The PostgreSQL journal (a real PostgreSQL from a jar with its default durability, behind a
     * pool of 10 connections): a keyed fan-out against the same fan-out without a key, three
     * rounds after one of warm-up; prints the time each adds per call.
     */
    private static void postgres(LoopbackServer server, int calls) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            HikariConfig config = new HikariConfig();
            config.setDataSource(pg.getPostgresDatabase());
            config.setMaximumPoolSize(10);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                CampaignJournal journal = JdbcCampaignJournal.create(pool).createSchema();
                try (CallKaroClient plain = client(server, null); CallKaroClient journaled = client(server, journal)) {
                    List<Long> plainMs = new ArrayList<>();
                    List<Long> journaledMs = new ArrayList<>();
                    for (int round = 0; round < 4; round++) {
                        Campaign campaign = Campaign.builder().name("Bench").agentId("agent_sales_id")
                                .audience(Audience.targets(targets(calls))).build();
                        Campaign keyed = campaign.toBuilder().idempotencyKey("pg-" + round).build();
                        long a = time(() -> plain.create(campaign));
                        long b = time(() -> journaled.create(keyed));
                        if (round > 0) {
                            plainMs.add(a);
                            journaledMs.add(b);
                        }
                    }
                    long p = median(plainMs);
                    long j = median(journaledMs);
                    System.out.println("postgres.calls=" + calls);
                    System.out.println("postgres.noKey.medianMs=" + p);
                    System.out.println("postgres.journal.medianMs=" + j);
                    System.out.println("postgres.perCallUs=" + String.format("%.0f", (j - p) * 1000.0 / calls));
                    System.out.println("postgres.ratio=" + String.format("%.2f", (double) j / p));
                }
            }
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
