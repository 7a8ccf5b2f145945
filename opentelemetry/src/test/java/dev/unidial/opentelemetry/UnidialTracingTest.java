package dev.unidial.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CreatedCampaign;
import dev.unidial.Target;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.Fault;
import dev.unidial.testkit.VendorSimulator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnidialTracingTest {
    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).build();

    @AfterEach
    void close() {
        otel.close();
    }

    private static Campaign campaign(String... phones) {
        return Campaign.builder().name("Renewals").agentId("agent_renewals")
                .audience(Audience.targets(Arrays.stream(phones).map(Target::of).toList())).build();
    }

    @Test
    void a_create_is_an_internal_span_under_the_callers_with_a_client_span_per_attempt() {
        CreatedCampaign created;
        String host;
        Span caller = otel.getTracer("test").spanBuilder("handle request").startSpan();
        try (Scope ignored = caller.makeCurrent();
             CallKaroSimulator callkaro = VendorSimulator.callkaro();
             CampaignClient client = CampaignClients.builder("callkaro").settings(callkaro.settings())
                     .listener(UnidialTracing.of(otel)).sleeper(d -> { }).build()) {
            callkaro.failNext(1, Fault.status(503));
            host = URI.create(callkaro.baseUrl()).getHost();
            created = client.create(campaign("+919876543210"));
        } finally {
            caller.end();
        }

        List<SpanData> all = spans.getFinishedSpanItems();
        SpanData create = all.stream().filter(s -> s.getName().equals("unidial.create")).findFirst().orElseThrow();
        assertThat(create.getKind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(create.getParentSpanId()).isEqualTo(caller.getSpanContext().getSpanId());
        assertThat(create.getAttributes().get(UnidialTracing.PROVIDER)).isEqualTo("callkaro");
        assertThat(create.getAttributes().get(UnidialTracing.CAMPAIGN_ID)).isEqualTo(created.id());

        List<SpanData> http = all.stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();
        assertThat(http).hasSize(3).allSatisfy(s -> {
            assertThat(s.getParentSpanId()).isEqualTo(create.getSpanId());
            assertThat(s.getName()).isEqualTo("POST");
            assertThat(s.getAttributes().get(AttributeKey.stringKey("server.address"))).isEqualTo(host);
            assertThat(s.getAttributes().get(AttributeKey.longKey("server.port"))).isPositive();
            assertThat(s.getAttributes().get(UnidialTracing.PROVIDER)).isEqualTo("callkaro");
        });
        SpanData refused = http.get(0);
        assertThat(refused.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(503);
        assertThat(refused.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("503");
        assertThat(refused.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(http.get(1).getAttributes().get(AttributeKey.longKey("http.request.resend_count"))).isEqualTo(1);
        assertThat(http.get(1).getAttributes().get(AttributeKey.stringKey("url.full"))).endsWith("/v2/call/campaign");
    }

    @Test
    void no_attribute_holds_the_api_key() {
        try (CallKaroSimulator callkaro = VendorSimulator.callkaro();
             CampaignClient client = CampaignClients.builder("callkaro").settings(callkaro.settings())
                     .listener(UnidialTracing.of(otel)).build()) {
            client.create(campaign("+919876543210"));
            String key = callkaro.settings().get("CALLKARO_API_KEY");
            assertThat(spans.getFinishedSpanItems()).isNotEmpty().allSatisfy(s ->
                    assertThat(s.getAttributes().asMap().values()).noneMatch(v -> String.valueOf(v).contains(key)));
        }
    }
}
