package dev.unidial.benchmarks;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.Target;
import dev.unidial.voiceable.VoiceableClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Voiceable with 1,000,000 recipients from a lazy source, in a JVM capped at 64 MB:
 * Unidial's {@code create} (validation with its duplicate check included) against a
 * hand-written OkHttp multipart upload that writes the same CSV to the socket.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class VoiceableStreamBenchmark {
    static final int RECIPIENTS = 1_000_000;

    private LoopbackServer server;
    private VoiceableClient unidial;
    private OkHttpClient http;
    private Campaign campaign;

    @Setup(Level.Trial)
    public void setUp() {
        server = new LoopbackServer();
        unidial = VoiceableClient.builder().apiKey(Workloads.KEY).baseUrl(server.baseUrl()).build();
        http = Workloads.baselineHttp();
        campaign = Campaign.builder().name("Bench").agentId("123").callerId(CallerId.ofPhoneNumberId("1"))
                .audience(Audience.targets(recipients())).build();
    }

    static Iterable<Target> recipients() {
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < RECIPIENTS;
            }

            @Override
            public Target next() {
                return Target.of("+1415" + (5_000_000 + i++));
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
    public String unidial() {
        return unidial.create(campaign).id();
    }

    @Benchmark
    public int baseline() throws IOException {
        RequestBody csv = new RequestBody() {
            @Override
            public MediaType contentType() {
                return MediaType.get("text/csv");
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                sink.writeUtf8("phone_number\n");
                for (Target t : recipients()) {
                    sink.write(t.phone().getBytes(StandardCharsets.US_ASCII)).writeByte('\n');
                }
            }
        };
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("name", "Bench").addFormDataPart("phone_number_id", "1").addFormDataPart("agent_id", "123")
                .addFormDataPart("send_immediately", "true").addFormDataPart("recipients_file", "recipients.csv", csv).build();
        try (Response r = http.newCall(new Request.Builder().url(server.baseUrl() + "/api/v1/campaigns")
                .header("X-API-Key", Workloads.KEY).post(body).build()).execute()) {
            return Workloads.mapper().readTree(r.body().bytes()).path("data").path("id").asInt();
        }
    }
}
