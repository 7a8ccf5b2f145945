package dev.unidial.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignJournal;
import dev.unidial.CampaignValidationException;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.InvalidRequestException;
import dev.unidial.MappingPolicy;
import dev.unidial.Target;
import dev.unidial.UnsupportedFeatureException;
import dev.unidial.callkaro.CallKaroClient;
import dev.unidial.kore.KoreClient;
import dev.unidial.kore.KoreOptions;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.Fault;
import dev.unidial.testkit.KoreSimulator;
import dev.unidial.testkit.VendorSimulator;
import dev.unidial.testkit.VoiceableSimulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link GateResult#createAll}: every campaign checked before any is created, hours never dropped, nothing lost. */
class CreateAllTest {
    private static final Clock WINTER = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);

    /** What each vendor requires beside the audience. */
    private static Campaign.Builder kore(String name) {
        return Campaign.builder().name(name).description("Renewal reminders").callerId(CallerId.ofNumber("+14155550100"))
                .option(KoreOptions.builder().experienceFlowName("Renewal Reminder Flow").build());
    }

    private static Campaign.Builder callkaro() {
        return Campaign.builder().name("Renewals").agentId("agent_sales_id");
    }

    private static GateResult gate(Campaign.Builder campaign, Target... targets) {
        CompliancePolicy policy = CompliancePolicy.builder().defaultRegion("IN").localCallingHours(CallingHours.INDIA).build();
        return ComplianceGate.of(policy, WINTER).apply(campaign.audience(Audience.targets(targets)).build());
    }

    private static CampaignClient client(VendorSimulator sim, String provider, MappingPolicy policy) {
        Map<String, String> settings = new HashMap<>(sim.settings());
        settings.put("UNIDIAL_MAPPING_POLICY", policy.name());
        settings.put("UNIDIAL_MAX_RETRIES", "0");
        return CampaignClients.create(provider, settings);
    }

    @Test
    void the_base_name_is_shortened_so_that_base_and_zone_fit_the_vendors_name_limit() {
        String longName = "Quarterly renewal reminders for Gold members";   // 44 characters: fits Kore alone, not with a zone
        GateResult gate = gate(kore(longName), Target.of("+919876543210"), Target.of("+12125550123"));
        try (KoreSimulator kore = VendorSimulator.kore(); CampaignClient client = client(kore, "kore", MappingPolicy.STRICT)) {
            GateResult.GatedCampaigns run = gate.createAll(client);

            assertThat(run.created()).extracting(CreatedCampaign::name).allSatisfy(n -> {
                assertThat(n.codePointCount(0, n.length())).isLessThanOrEqualTo(48);
                assertThat(n).startsWith("Quarterly renewal").contains("… · ");
            });
            assertThat(run.created()).extracting(CreatedCampaign::name)
                    .anySatisfy(n -> assertThat(n).endsWith(" · Asia/Kolkata"))
                    .anySatisfy(n -> assertThat(n).endsWith(" · America/New_York"));
        }
    }

    private static CallKaroClient callkaro(CallKaroSimulator sim, ZoneId accountZone, MappingPolicy policy) {
        return CallKaroClient.builder().apiKey(CallKaroSimulator.API_KEY).baseUrl(sim.baseUrl()).accountZone(accountZone)
                .mappingPolicy(policy).build();
    }

    @Test
    void a_campaign_the_vendor_refuses_stops_the_run_before_any_campaign_is_created() {
        // With an account in India, India's campaign fits CallKaro; New York's 09:00–21:00 crosses midnight there.
        GateResult gate = gate(callkaro(), Target.of("+919876543210"), Target.of("+12125550123"));
        try (CallKaroSimulator sim = VendorSimulator.callkaro();
             CallKaroClient client = callkaro(sim, ZoneId.of("Asia/Kolkata"), MappingPolicy.STRICT)) {
            assertThatThrownBy(() -> gate.createAll(client)).isInstanceOfSatisfying(CampaignValidationException.class,
                    e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.message()).contains("crosses midnight")));
            assertThat(sim.requestCount()).as("the first campaign was not created either").isZero();
        }
    }

    @Test
    void a_client_that_cannot_express_the_gates_hours_is_refused_under_lenient_too_with_nothing_sent() {
        GateResult gate = gate(Campaign.builder().name("Renewals").agentId("agent_1").callerId(CallerId.ofPhoneNumberId("42")),
                Target.of("+919876543210"));
        try (VoiceableSimulator voiceable = VendorSimulator.voiceable();
             CampaignClient client = client(voiceable, "voiceable", MappingPolicy.LENIENT)) {
            assertThatThrownBy(() -> gate.createAll(client)).isInstanceOfSatisfying(UnsupportedFeatureException.class,
                    e -> assertThat(e.features()).contains(Feature.TIME_ZONE, Feature.CALLING_WINDOWS))
                    .hasMessageContaining("legal calling hours");
            assertThat(voiceable.requestCount()).isZero();
        }
    }

    @Test
    void a_window_callkaro_would_leave_out_under_lenient_is_refused_when_it_carries_the_gates_hours() {
        GateResult gate = gate(callkaro(), Target.of("+919876543210"), Target.of("+12125550123"));
        try (CallKaroSimulator sim = VendorSimulator.callkaro();
             CallKaroClient client = callkaro(sim, ZoneId.of("Asia/Kolkata"), MappingPolicy.LENIENT)) {
            assertThatThrownBy(() -> gate.createAll(client)).isInstanceOfSatisfying(UnsupportedFeatureException.class,
                    e -> assertThat(e.features()).containsExactly(Feature.CALLING_WINDOWS));
            assertThat(sim.requestCount()).isZero();
        }
    }

    @Test
    void a_create_that_fails_part_way_reports_what_was_created_what_failed_and_the_vendors_exception() {
        GateResult gate = gate(kore("Renewals"), Target.of("+919876543210"), Target.of("+12125550123"));
        try (KoreSimulator kore = VendorSimulator.kore(); CampaignClient client = client(kore, "kore", MappingPolicy.STRICT)) {
            // Kore's create is three requests: the second campaign's first one is refused.
            kore.failNext(3, Fault.pass()).failNext(1, Fault.error(400, "Contact list quota reached"));

            assertThatThrownBy(() -> gate.createAll(client)).isInstanceOfSatisfying(GateCreateException.class, e -> {
                assertThat(e.created()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo(gate.campaigns().get(0).name()));
                assertThat(e.failed().name()).isEqualTo(gate.campaigns().get(1).name());
                assertThat(e.getCause()).isInstanceOf(InvalidRequestException.class).hasMessageContaining("Contact list quota reached");
                assertThat(e.vendorMayHaveActed()).isFalse();
                assertThat(e).hasMessageContaining("1 of 2 created");
            });
        }
    }

    @Test
    void every_gated_campaign_is_created_when_the_client_keeps_the_hours() {
        GateResult gate = gate(kore("Renewals"), Target.of("+919876543210"), Target.of("+12125550123"));
        try (KoreSimulator kore = VendorSimulator.kore(); CampaignClient client = client(kore, "kore", MappingPolicy.STRICT)) {
            assertThat(gate.createAll(client).created()).extracting(CreatedCampaign::name)
                    .containsExactly("Renewals · Asia/Kolkata", "Renewals · America/New_York");
            assertThat(kore.campaigns()).hasSize(2);
        }
    }

    @Test
    void each_gated_campaign_gets_its_own_key_so_a_run_again_creates_nothing_twice() {
        GateResult gate = gate(kore("Renewals").idempotencyKey("renewals-dec"), Target.of("+919876543210"),
                Target.of("+12125550123"));
        assertThat(gate.campaigns()).extracting(c -> c.idempotencyKey().orElseThrow())
                .allSatisfy(k -> assertThat(k).startsWith("renewals-dec/")).doesNotHaveDuplicates();
        CampaignJournal journal = CampaignJournal.inMemory();
        try (KoreSimulator kore = VendorSimulator.kore()) {
            try (CampaignClient client = KoreClient.builder().appId(KoreSimulator.APP_ID)
                    .accountId(KoreSimulator.ACCOUNT_ID).clientCredentials(KoreSimulator.CLIENT_ID, KoreSimulator.CLIENT_SECRET)
                    .baseUrl(kore.baseUrl()).journal(journal).build()) {
                List<CreatedCampaign> first = gate.createAll(client).created();
                GateResult again = gate(kore("Renewals").idempotencyKey("renewals-dec"), Target.of("+919876543210"),
                        Target.of("+12125550123"));
                List<CreatedCampaign> second = again.createAll(client).created();

                assertThat(second).extracting(CreatedCampaign::id).isEqualTo(first.stream().map(CreatedCampaign::id).toList());
                assertThat(kore.campaigns()).as("two campaigns, not four").hasSize(2);
            }
        }
    }
}
