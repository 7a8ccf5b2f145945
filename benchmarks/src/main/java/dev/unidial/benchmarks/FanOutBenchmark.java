package dev.unidial.benchmarks;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.Target;
import dev.unidial.callkaro.CallKaroClient;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * CallKaro's fan-out of 10,000 calls at concurrency 8: Unidial's {@code create} (a batch,
 * then every call, each target's outcome kept) against a hand-written OkHttp loop with a
 * semaphore at the same concurrency. One invocation is the whole campaign.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FanOutBenchmark {
    static final int TARGETS = 10_000;
    static final int CONCURRENCY = 8;

    private LoopbackServer server;
    private CallKaroClient unidial;
    private OkHttpClient http;
    private Campaign campaign;

    @Setup(Level.Trial)
    public void setUp() {
        server = new LoopbackServer();
        unidial = CallKaroClient.builder().apiKey(Workloads.KEY).baseUrl(server.baseUrl()).callConcurrency(CONCURRENCY).build();
        http = Workloads.baselineHttp();
        http.dispatcher().setMaxRequestsPerHost(64);
        campaign = Campaign.builder().name("Bench").agentId("agent_sales_id")
                .audience(Audience.targets(targets())).build();
    }

    static Iterable<Target> targets() {
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < TARGETS;
            }

            @Override
            public Target next() {
                i++;
                return Target.of("+1415" + (5_000_000 + i), Map.of("name", "C" + i));
            }
        };
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        unidial.close();
        http.dispatcher().executorService().shutdown();
        server.close();
    }

    @Benchmark
    public int unidial() {
        return unidial.create(campaign).targetOutcomes().size();
    }

    @Benchmark
    public int baseline() throws Exception {
        String base = server.baseUrl();
        Semaphore permits = new Semaphore(CONCURRENCY);
        AtomicInteger queued = new AtomicInteger();
        try (Response batch = Workloads.withCallTimeout(http.newCall(new Request.Builder().url(base + "/v2/call/campaign")
                .header("X-API-KEY", Workloads.KEY).post(RequestBody.create("{\"name\":\"Bench\"}", Workloads.JSON_TYPE)).build()))
                .execute()) {
            String batchId = Workloads.mapper().readTree(batch.body().bytes()).path("batch_id").asText();
            for (Target t : targets()) {
                permits.acquire();
                byte[] body = Workloads.mapper().writeValueAsBytes(Map.of("to_number", t.phone(), "agent_id", "agent_sales_id",
                        "batch_id", batchId, "metadata", t.variables()));
                Workloads.withCallTimeout(http.newCall(new Request.Builder().url(base + "/call/outbound").header("X-API-KEY", Workloads.KEY)
                        .post(RequestBody.create(body, Workloads.JSON_TYPE)).build())).enqueue(new Callback() {
                            @Override
                            public void onResponse(Call call, Response response) throws IOException {
                                try (response) {
                                    if (!Workloads.mapper().readTree(response.body().bytes()).path("call_sid").asText().isEmpty()) {
                                        queued.incrementAndGet();
                                    }
                                } finally {
                                    permits.release();
                                }
                            }

                            @Override
                            public void onFailure(Call call, IOException e) {
                                permits.release();
                            }
                        });
            }
            permits.acquire(CONCURRENCY);
            permits.release(CONCURRENCY);
        }
        return queued.get();
    }
}
