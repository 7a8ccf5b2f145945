package dev.unidial;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.http.BaseUrl;
import dev.unidial.http.Json;
import dev.unidial.http.JsonErrorDecoder;
import dev.unidial.http.RequestAuth;
import dev.unidial.http.Transport;
import dev.unidial.http.TransportSettings;
import dev.unidial.http.WireResponse;
import dev.unidial.internal.Violations;
import dev.unidial.spi.CampaignPlan;
import dev.unidial.spi.SingleRequestCampaignClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal provider written only against core's public API: it shows a provider needs
 * no OkHttp or Jackson plumbing of its own, and lets core run its own contract suite.
 */
final class FakeVendorClient extends SingleRequestCampaignClient {
    static final Capabilities CAPABILITIES = Capabilities.builder()
            .supports(Feature.INLINE_TARGETS, Feature.TARGET_VARIABLES, Feature.AGENT, Feature.CALLER_NUMBER,
                    Feature.SCHEDULED_START, Feature.RETRIES, Feature.WEBHOOK, Feature.CAMPAIGN_VARIABLES)
            .maxNameLength(50)
            .build();

    FakeVendorClient(String baseUrl, String key, MappingPolicy policy, TransportSettings settings) {
        super("fake", policy, transport(baseUrl, key, settings));
    }

    FakeVendorClient(Transport transport, MappingPolicy policy) {
        super("fake", policy, transport);
    }

    private static Transport transport(String baseUrl, String key, TransportSettings settings) {
        Json json = Json.create();
        return new Transport(BaseUrl.of(baseUrl), settings, RequestAuth.header("X-Fake-Key", Secret.of(key)),
                JsonErrorDecoder.builder("Fake", json, settings.clock()).build(), json);
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    protected void vendorRules(CampaignPlan plan, Violations v) {
        v.requireLength("name", plan.campaign().name(), 1, 50);
    }

    @Override
    protected WireRequest createRequest(CampaignPlan plan) {
        Campaign c = plan.campaign();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", c.name());
        c.agentId().ifPresent(a -> body.put("agent", a));
        c.callerId().flatMap(CallerId::number).ifPresent(n -> body.put("from", n));
        c.schedule().startAt().ifPresent(s -> body.put("start", s.toString()));
        c.retryPolicy().filter(r -> plan.keeps(Feature.RETRIES)).ifPresent(r -> body.put("retries", r.retries()));
        c.webhook().ifPresent(w -> body.put("hook", w.url()));
        if (!c.variables().isEmpty()) {
            body.put("vars", c.variables());
        }
        List<Map<String, Object>> targets = new ArrayList<>();
        c.audience().ifPresent(a -> a.targets().forEach(t -> targets.add(Map.of("to", t.phone(), "vars", t.variables()))));
        body.put("targets", targets);
        return transport.request("POST", "/campaigns").body(transport.json().body(body)).build();
    }

    @Override
    protected CreatedCampaign toCreated(WireResponse response, CampaignPlan plan) {
        JsonNode root = transport.json().tree(response);
        return CreatedCampaign.builder()
                .id(transport.json().requireText(root, response, "id"))
                .provider(provider())
                .status(CampaignStatus.PENDING, root.path("status").asText(""))
                .name(plan.campaign().name())
                .warnings(plan.warnings())
                .raw(root)
                .build();
    }

    @Override
    public String toString() {
        return "FakeVendorClient[" + transport + "]";
    }
}
