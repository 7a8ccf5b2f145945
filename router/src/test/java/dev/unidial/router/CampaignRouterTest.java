package dev.unidial.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignJournal;
import dev.unidial.CreatedCampaign;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.kore.KoreOptions;
import dev.unidial.testkit.CallKaroSimulator;
import dev.unidial.testkit.Fault;
import dev.unidial.testkit.KoreSimulator;
import dev.unidial.testkit.MrAssistantSimulator;
import dev.unidial.testkit.RavanSimulator;
import dev.unidial.testkit.SimulatorExtension;
import dev.unidial.testkit.VendorSimulator;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CampaignRouterTest {
    @RegisterExtension
    static final SimulatorExtension<CallKaroSimulator> CALLKARO = SimulatorExtension.of(VendorSimulator::callkaro);
    @RegisterExtension
    static final SimulatorExtension<KoreSimulator> KORE = SimulatorExtension.of(VendorSimulator::kore);
    @RegisterExtension
    static final SimulatorExtension<MrAssistantSimulator> MRASSISTANT = SimulatorExtension.of(VendorSimulator::mrassistant);
    @RegisterExtension
    static final SimulatorExtension<RavanSimulator> RAVAN = SimulatorExtension.of(VendorSimulator::ravan);

    private final List<CampaignClient> clients = new ArrayList<>();
    private CampaignClient callkaro;
    private CampaignClient kore;
    private CampaignClient mrassistant;
    private CampaignClient ravan;

    @BeforeEach
    void clients() {
        callkaro = client("callkaro", CALLKARO.get().settings());
        kore = client("kore", KORE.get().settings());
        mrassistant = client("mrassistant", MRASSISTANT.get().settings());
        ravan = client("ravan", RAVAN.get().settings());
    }

    private CampaignClient client(String provider, java.util.Map<String, String> settings) {
        CampaignClient c = CampaignClients.builder(provider).settings(settings).maxRetries(0).build();
        clients.add(c);
        return c;
    }

    @AfterEach
    void close() {
        clients.forEach(CampaignClient::close);
    }

    private static final String AGENT = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
    private static final Target INDIA_1 = Target.of("+919876543210");
    private static final Target INDIA_2 = Target.of("+919876543211");
    private static final Target US_1 = Target.of("+14155550101");
    private static final Target US_2 = Target.of("+14155550102");

    /** Name, audience and agent: what CallKaro and MrAssistant both take as it is. */
    private static Campaign campaign(Target... targets) {
        return Campaign.builder().name("Renewals").agentId(AGENT).audience(Audience.targets(targets)).build();
    }

    private static Campaign forKore(Campaign c) {
        return Campaign.builder().name(c.name()).audience(c.audience().orElseThrow()).description("Renewal reminders")
                .callerId(CallerId.ofNumber("+14155550100"))
                .schedule(Schedule.builder().timeZone(ZoneId.of("America/New_York"))
                        .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))).build())
                .option(KoreOptions.builder().experienceFlowName("Renewals Flow").build()).build();
    }

    private static List<String> callkaroNumbers() {
        return CALLKARO.get().batches().values().stream().flatMap(List::stream).map(c -> c.path("to_number").asText()).toList();
    }

    private static List<String> mrassistantNumbers() {
        return MRASSISTANT.get().campaigns().values().stream().flatMap(c -> c.path("targets").valueStream())
                .map(t -> t.path("to_number").asText()).toList();
    }

    @Test
    void targets_are_split_by_calling_code_and_each_group_is_created_at_its_vendor() {
        CampaignRouter router = CampaignRouter.builder()
                .route(callkaro, RouteCondition.callingCodes(91))
                .route(kore).adapt(kore, CampaignRouterTest::forKore)
                .build();

        RoutingResult result = router.create(campaign(INDIA_1, US_1, INDIA_2, US_2));

        assertThat(result.created()).extracting(CreatedCampaign::provider).containsExactly("callkaro", "kore");
        assertThat(result.groups()).extracting(RoutedGroup::targets).containsExactly(2L, 2L);
        assertThat(result.attempts()).extracting(RouteAttempt::result)
                .containsExactly(RouteAttempt.Result.CREATED, RouteAttempt.Result.CREATED);
        assertThat(callkaroNumbers()).containsExactlyInAnyOrder("+919876543210", "+919876543211");
        String koreContacts = KORE.get().contactLists().toString();
        assertThat(koreContacts).contains("14155550101", "14155550102").doesNotContain("919876543210");
    }

    @Test
    void plan_sends_nothing_and_says_who_refuses_each_group_and_why() {
        CampaignRouter router = CampaignRouter.builder()
                .route(callkaro, RouteCondition.callingCodes(91)).route(ravan).route(mrassistant).build();

        RoutingPlan plan = router.plan(campaign(INDIA_1, US_1));

        assertThat(CALLKARO.get().requests()).isEmpty();
        assertThat(RAVAN.get().requests()).isEmpty();
        assertThat(MRASSISTANT.get().requests()).isEmpty();
        assertThat(plan.groups()).hasSize(2);
        RoutingPlan.Group india = plan.groups().get(0);
        assertThat(india.candidates()).extracting(RoutingPlan.Candidate::provider).containsExactly("callkaro", "ravan", "mrassistant");
        assertThat(india.provider()).contains("callkaro");
        assertThat(india.candidates().get(1).refusal()).hasValueSatisfying(r -> assertThat(r).contains("inline targets"));
        RoutingPlan.Group rest = plan.groups().get(1);
        assertThat(rest.targets()).isEqualTo(1);
        assertThat(rest.provider()).as("Ravan refuses inline numbers").contains("mrassistant");
    }

    @Test
    void a_vendor_that_refuses_is_passed_over_with_nothing_sent() {
        CampaignRouter router = CampaignRouter.builder().route(ravan).route(callkaro).build();

        RoutingResult result = router.create(campaign(US_1));

        assertThat(result.attempts()).extracting(RouteAttempt::provider, RouteAttempt::result).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ravan", RouteAttempt.Result.REFUSED),
                org.assertj.core.groups.Tuple.tuple("callkaro", RouteAttempt.Result.CREATED));
        assertThat(RAVAN.get().requests()).isEmpty();
        assertThat(callkaroNumbers()).containsExactly("+14155550101");
    }

    @Test
    void a_failure_where_the_vendor_certainly_did_nothing_moves_on_to_the_next() {
        CALLKARO.get().failNext(1, Fault.status(503));
        CampaignRouter router = CampaignRouter.builder().route(callkaro).route(mrassistant).build();

        RoutingResult result = router.create(campaign(US_1, US_2));

        assertThat(result.attempts()).extracting(RouteAttempt::result)
                .containsExactly(RouteAttempt.Result.FAILED_NOT_SENT, RouteAttempt.Result.CREATED);
        assertThat(CALLKARO.get().batches()).isEmpty();
        assertThat(mrassistantNumbers()).containsExactly("+14155550101", "+14155550102");
    }

    @Test
    void a_failure_where_the_vendor_may_have_acted_stops_the_group_and_the_next_vendor_receives_nothing() {
        CALLKARO.get().failNext(1, Fault.status(500));
        CampaignRouter router = CampaignRouter.builder()
                .route(callkaro, RouteCondition.callingCodes(1)).route(mrassistant).build();

        assertThatThrownBy(() -> router.create(campaign(US_1, INDIA_1)))
                .isInstanceOfSatisfying(RoutingException.class, e -> {
                    assertThat(e.vendorMayHaveActed()).isTrue();
                    assertThat(e.getMessage()).contains("1 of 2 groups").contains("callkaro");
                    assertThat(e.result().groups().get(0).uncertain()).isTrue();
                    assertThat(e.attempts()).extracting(RouteAttempt::result).containsExactly(
                            RouteAttempt.Result.UNCERTAIN, RouteAttempt.Result.CREATED);
                    assertThat(e.result().created()).extracting(CreatedCampaign::provider).containsExactly("mrassistant");
                });
        assertThat(mrassistantNumbers()).as("the US number went to no one else; the other group was routed")
                .containsExactly("+919876543210");
    }

    @Test
    void an_open_circuit_skips_its_vendor_with_nothing_sent_and_a_refusal_does_not_open_it() {
        CampaignRouter router = CampaignRouter.builder().route(callkaro).route(mrassistant)
                .circuitBreaker(CircuitBreakerConfig.custom().slidingWindowSize(2).minimumNumberOfCalls(2)
                        .failureRateThreshold(50).waitDurationInOpenState(Duration.ofHours(1)).build())
                .build();
        CALLKARO.get().failNext(2, Fault.error(400, "agent_id is not valid"));
        router.create(campaign(US_1));
        router.create(campaign(US_1));
        assertThat(router.circuitBreaker(callkaro).getState()).as("a 4xx refusal comes from the campaign")
                .isEqualTo(CircuitBreaker.State.CLOSED);

        CALLKARO.get().failNext(2, Fault.status(503));
        router.create(campaign(US_1));
        router.create(campaign(US_1));
        assertThat(router.circuitBreaker(callkaro).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int before = CALLKARO.get().requests().size();

        RoutingResult result = router.create(campaign(US_2));

        assertThat(result.attempts()).extracting(RouteAttempt::result)
                .containsExactly(RouteAttempt.Result.SKIPPED_OPEN, RouteAttempt.Result.CREATED);
        assertThat(CALLKARO.get().requests()).hasSize(before);
        assertThat(router.plan(campaign(US_2)).groups().get(0).candidates().get(0).circuitOpen()).isTrue();
    }

    @Test
    void contact_ids_go_whole_to_the_first_route_with_no_other_vendor_after_it() {
        RAVAN.get().failNext(1, Fault.status(503));
        CampaignRouter router = CampaignRouter.builder().route(ravan).route(callkaro).build();
        Campaign byIds = Campaign.builder().name("Q4").agentId(AGENT).callerId(CallerId.of("+918035088113", "line-1"))
                .audience(Audience.contactIds(List.of("c-1"))).build();

        RoutingResult result = router.create(byIds);

        assertThat(result.groups()).singleElement().satisfies(g -> {
            assertThat(g.providers()).containsExactly("ravan");
            assertThat(g.attempts()).extracting(RouteAttempt::result).containsExactly(RouteAttempt.Result.FAILED_NOT_SENT);
            assertThat(g.notCreatedReason()).hasValueSatisfying(r -> assertThat(r).startsWith("ravan: "));
        });
        assertThat(CALLKARO.get().requests()).isEmpty();
    }

    @Test
    void the_clients_stay_open_and_usable_afterwards() {
        CALLKARO.get().failNext(1, Fault.status(503));
        CampaignRouter.builder().route(callkaro).route(mrassistant).build().create(campaign(US_1));

        assertThat(callkaro.create(campaign(US_2)).provider()).isEqualTo("callkaro");
        assertThat(mrassistant.create(campaign(US_2)).provider()).isEqualTo("mrassistant");
    }

    @Test
    void a_lazy_audience_is_read_again_per_group_never_held() {
        AtomicInteger passes = new AtomicInteger();
        Iterable<Target> lazy = () -> {
            passes.incrementAndGet();
            Iterator<Target> numbers = IntStream.range(0, 40)
                    .mapToObj(i -> Target.of((i % 2 == 0 ? "+9198765" : "+1415555") + String.format("%04d", i))).iterator();
            return numbers;
        };
        CampaignRouter router = CampaignRouter.builder()
                .route(callkaro, RouteCondition.callingCodes(91)).route(mrassistant).build();

        RoutingResult result = router.create(Campaign.builder().name("Renewals").agentId(AGENT)
                .audience(Audience.targets(lazy)).build());

        assertThat(result.groups()).extracting(RoutedGroup::targets).containsExactly(20L, 20L);
        assertThat(result.notCreated()).isEmpty();
        assertThat(callkaroNumbers()).hasSize(20).allMatch(n -> n.startsWith("+91"));
        assertThat(mrassistantNumbers()).hasSize(20).allMatch(n -> n.startsWith("+1"));
        assertThat(passes.get()).as("counted once, then read by each group's checks and create").isGreaterThan(2);
    }

    @Test
    void with_a_shared_journal_a_run_again_finds_each_group_at_the_vendor_that_created_it() {
        CampaignJournal journal = CampaignJournal.inMemory();
        CampaignClient journaledCallkaro = CampaignClients.builder("callkaro").settings(CALLKARO.get().settings())
                .maxRetries(0).journal(journal).build();
        CampaignClient journaledMrAssistant = CampaignClients.builder("mrassistant").settings(MRASSISTANT.get().settings())
                .maxRetries(0).journal(journal).build();
        clients.add(journaledCallkaro);
        clients.add(journaledMrAssistant);
        CampaignRouter router = CampaignRouter.builder().route(journaledCallkaro).route(journaledMrAssistant).build();
        Campaign keyed = campaign(US_1).toBuilder().idempotencyKey("renewals-2030-01").build();
        CALLKARO.get().failNext(1, Fault.status(503));
        RoutingResult firstRun = router.create(keyed);
        assertThat(firstRun.created()).as(firstRun.attempts().toString()).hasSize(1);
        CreatedCampaign first = firstRun.created().get(0);

        RoutingResult again = router.create(keyed);

        assertThat(again.created()).singleElement().satisfies(c -> {
            assertThat(c.provider()).isEqualTo("mrassistant");
            assertThat(c.id()).isEqualTo(first.id());
        });
        assertThat(again.attempts().get(0).result()).as("CallKaro holds no campaign under the group's key")
                .isEqualTo(RouteAttempt.Result.REFUSED);
        assertThat(CALLKARO.get().batches()).isEmpty();
        assertThat(MRASSISTANT.get().campaigns()).hasSize(1);
    }

    @Test
    void an_adapter_that_changes_the_audience_makes_its_vendor_refuse_in_the_plan_and_in_the_create() {
        CampaignRouter router = CampaignRouter.builder().route(mrassistant).route(callkaro)
                .adapt(mrassistant, c -> c.toBuilder().audience(Audience.targets(US_2)).build()).build();

        assertThat(router.plan(campaign(US_1)).groups().get(0).candidates().get(0).refusal())
                .hasValueSatisfying(r -> assertThat(r).contains("changed the audience"));
        RoutingResult result = router.create(campaign(US_1));

        assertThat(result.attempts()).extracting(RouteAttempt::result)
                .containsExactly(RouteAttempt.Result.REFUSED, RouteAttempt.Result.CREATED);
        assertThat(MRASSISTANT.get().requests()).isEmpty();
        assertThat(callkaroNumbers()).containsExactly("+14155550101");
    }

    @Test
    void a_router_whose_every_route_has_a_condition_is_refused() {
        assertThatThrownBy(() -> CampaignRouter.builder().route(callkaro, RouteCondition.callingCodes(91)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no vendor");
        assertThatThrownBy(() -> RouteCondition.callingCodes(1000)).isInstanceOf(IllegalArgumentException.class);
    }
}
