package dev.unidial.kore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.Feature;
import dev.unidial.RetryPolicy;
import dev.unidial.tck.ProviderHarness;
import dev.unidial.testkit.KoreSimulator;
import dev.unidial.testkit.VendorSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Kore.ai for the contract suites. */
final class KoreHarness extends ProviderHarness {
    /** The contact list the tests' simulators hold, as one made in Kore.ai's dashboard. */
    static final String LIST = "Recent buyers";

    @Override
    public VendorSimulator newSimulator() {
        return VendorSimulator.kore().addContactList(LIST, "+919876543210");
    }

    @Override
    public KoreClient.Builder builder(String baseUrl) {
        return KoreClient.builder().appId(KoreSimulator.APP_ID).accountId(KoreSimulator.ACCOUNT_ID)
                .clientCredentials(KoreSimulator.CLIENT_ID, KoreSimulator.CLIENT_SECRET).baseUrl(baseUrl);
    }

    @Override
    public KoreClient.Builder builderWithCredential(String baseUrl, String credential) {
        return KoreClient.builder().appId(KoreSimulator.APP_ID).accountId(KoreSimulator.ACCOUNT_ID).jwt(credential)
                .baseUrl(baseUrl);
    }

    @Override
    public String credentialSetting() {
        return KoreDescriptor.ENV_JWT;
    }

    @Override
    public List<String> secrets() {
        return List.of(KoreSimulator.CLIENT_SECRET);
    }

    /** Kore.ai's {@code hasMore}, true for ever. */
    @Override
    public Optional<UnaryOperator<ObjectNode>> listClaimingMorePages() {
        return Optional.of(body -> {
            ((ObjectNode) body.path("data")).put("hasMore", true);
            return body;
        });
    }

    /** Kore.ai's {@code totalPages} at 2^31 − 1. */
    @Override
    public Optional<UnaryOperator<ObjectNode>> resultsClaimingMorePages() {
        return Optional.of(body -> {
            ((ObjectNode) body.path("data")).put("totalPages", Integer.MAX_VALUE);
            return body;
        });
    }

    @Override
    public Campaign validCampaign() {
        return KoreFixtures.sample().toBuilder().audience(Audience.contactLists(List.of(KoreHarness.LIST)))
                .priority(2).retryPolicy(RetryPolicy.of(1)).maxRingTime(Duration.ofSeconds(20))
                .callerId(CallerId.ofNumber("+15105550123")).build();
    }

    @Override
    public Campaign withFeature(Campaign base, Feature feature) {
        if (feature == Feature.RING_TIME) {
            return base.toBuilder().maxRingTime(Duration.ofSeconds(45)).build();
        }
        if (feature == Feature.CONTACT_LISTS) {
            // Which lists exist is the vendor's state: name one the simulator holds.
            return base.toBuilder().audience(Audience.contactLists(List.of(KoreHarness.LIST))).build();
        }
        return super.withFeature(base, feature);
    }

    @Override
    public Campaign.Builder withVendorOptions(Campaign.Builder b, int draw) {
        Campaign drawn = b.build();
        if (drawn.audience().filter(a -> a.kind() == Audience.Kind.CONTACT_LISTS).isPresent()
                && drawn.audience().get().contactLists().stream().noneMatch(String::isBlank)) {
            // Which lists exist is the vendor's state, not a rule the SDK can check: name one that exists.
            b.audience(Audience.contactLists(List.of(KoreHarness.LIST)));
        }
        KoreDialingMode[] modes = {KoreDialingMode.AGENTLESS, KoreDialingMode.AGENTLESS, KoreDialingMode.PROGRESSIVE,
            KoreDialingMode.PREVIEW};
        KoreOptions.Builder options = KoreOptions.builder().dialingMode(modes[Math.floorMod(draw, modes.length)]);
        if (draw % 5 != 0) {
            options.experienceFlowName("Voice Survey Entry Flow");
        }
        return b.option(options.build());
    }

    @Override
    public String createPath() {
        return "POST /agentassist/api/v1/public/" + KoreSimulator.APP_ID + "/campaign";
    }

    @Override
    public String successWithoutId() {
        return """
            {"status": "success", "message": "ok", "data": {"name": "x"}}
            """;
    }

    @Override
    public String failureEnvelope() {
        return """
            {"status": "failure", "message": "creation failed"}
            """;
    }

    @Override
    public String successWithId(String idJson) {
        return """
            {"status": "success", "message": "ok", "data": {"id": %s, "name": "x"}}
            """.formatted(idJson);
    }

    @Override
    public Map<String, Consumer<String>> nativeCallsTakingAnId(CampaignClient client) {
        KoreApi kore = ((KoreClient) client).api();
        return Map.of("getCampaign", kore::getCampaign, "startCampaign", kore::startCampaign,
                "stopCampaign", kore::stopCampaign, "campaignStatus", kore::campaignStatus,
                "campaignContacts", id -> kore.campaignContacts(id, 1, 10), "deleteCampaign", kore::deleteCampaign);
    }
}
