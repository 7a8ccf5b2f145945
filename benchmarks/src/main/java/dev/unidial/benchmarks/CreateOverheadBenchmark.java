package dev.unidial.benchmarks;

import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One create, end to end on loopback: Unidial's {@code create} (validate, map, send, parse)
 * against a hand-written OkHttp + Jackson request with the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CreateOverheadBenchmark {
    @Param({"mrassistant", "ravan", "kore"})
    public String vendor;

    private LoopbackServer server;
    private CampaignClient unidial;
    private OkHttpClient http;
    private Campaign campaign;

    @Setup(Level.Trial)
    public void setUp() {
        server = new LoopbackServer();
        unidial = Workloads.unidial(vendor, server.baseUrl());
        http = Workloads.baselineHttp();
        campaign = Workloads.campaign(vendor);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        unidial.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        server.close();
    }

    @Benchmark
    public String unidial() {
        return unidial.create(campaign).id();
    }

    @Benchmark
    public String baseline() {
        return Workloads.baselineCreate(http, vendor, server.baseUrl(), campaign);
    }
}
