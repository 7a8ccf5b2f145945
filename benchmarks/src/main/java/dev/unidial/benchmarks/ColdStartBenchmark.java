package dev.unidial.benchmarks;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A cold start: in a fresh JVM, build a client and make the first create (Ravan), against
 * building an OkHttp client and an ObjectMapper and sending the same request by hand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {
    private LoopbackServer server;

    @Setup(Level.Trial)
    public void setUp() {
        server = new LoopbackServer();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.close();
    }

    @Benchmark
    public String unidial() {
        Campaign campaign = Workloads.campaign("ravan");
        try (CampaignClient client = Workloads.unidial("ravan", server.baseUrl())) {
            return client.create(campaign).id();
        }
    }

    @Benchmark
    public String baseline() {
        Campaign campaign = Workloads.campaign("ravan");
        OkHttpClient http = Workloads.baselineHttp();
        try {
            return Workloads.baselineCreate(http, "ravan", server.baseUrl(), campaign);
        } finally {
            http.dispatcher().executorService().shutdown();
        }
    }
}
