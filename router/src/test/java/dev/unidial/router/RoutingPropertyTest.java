package dev.unidial.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.unidial.ApiConnectionException;
import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignValidationException;
import dev.unidial.Capabilities;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.InvalidRequestException;
import dev.unidial.Preview;
import dev.unidial.ServerException;
import dev.unidial.Target;
import dev.unidial.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For random audiences, routes and failures: every target is created at one vendor, or reported not created. */
class RoutingPropertyTest {

    /** How a fake vendor answers each create, in turn (the last one repeats). */
    enum Answer { CREATE, REFUSE_RULES, REFUSE_4XX, NOT_SENT, MAY_HAVE_ACTED, SOURCE_FAILS }

    /** A vendor that answers as scripted and remembers every create it may have acted on. */
    static final class FakeVendor implements CampaignClient {
        final String name;
        final List<Answer> script;
        int turn;
        /** The numbers of every create this vendor may have acted on: created, or failed uncertainly. */
        final List<Set<String>> received = new ArrayList<>();

        FakeVendor(String name, List<Answer> script) {
            this.name = name;
            this.script = script;
        }

        @Override
        public String provider() {
            return name;
        }

        @Override
        public Capabilities capabilities() {
            return Capabilities.builder().supports(Feature.INLINE_TARGETS).build();
        }

        private Answer next() {
            Answer a = script.get(Math.min(turn, script.size() - 1));
            turn++;
            return a;
        }

        @Override
        public CreatedCampaign create(Campaign campaign) {
            Set<String> numbers = new LinkedHashSet<>();
            StreamSupport.stream(campaign.audience().orElseThrow().targets().spliterator(), false).forEach(t -> numbers.add(t.phone()));
            switch (next()) {
                case CREATE -> {
                    received.add(numbers);
                    return CreatedCampaign.builder().id(name + "-" + received.size()).provider(name).name(campaign.name())
                            .targetCount(numbers.size()).build();
                }
                case REFUSE_RULES -> throw new CampaignValidationException(List.of(new Violation("agentId", "is required")));
                case REFUSE_4XX -> throw new InvalidRequestException(400, "agent not found", "", Map.of(), null);
                case NOT_SENT -> throw new ApiConnectionException("connection refused", new IOException("refused"), false, false);
                case SOURCE_FAILS -> {
                    received.add(numbers);
                    throw new IllegalStateException("the database went away");
                }
                default -> {
                    received.add(numbers);
                    throw new ServerException(500, "internal error", "", Map.of(), null);
                }
            }
        }

        @Override
        public CompletableFuture<CreatedCampaign> createAsync(Campaign campaign) {
            return CompletableFuture.completedFuture(create(campaign));
        }

        @Override
        public Preview preview(Campaign campaign) {
            return new Preview(List.of(), List.of(), Set.of());
        }

        @Override
        public void close() {}
    }

    @Provide
    Arbitrary<List<String>> audiences() {
        Arbitrary<String> phone = Arbitraries.of("+91", "+1", "+44", "+55")
                .flatMap(code -> Arbitraries.integers().between(0, 99_999).map(n -> code + "98765" + String.format("%05d", n)));
        return phone.list().ofMinSize(1).ofMaxSize(30).uniqueElements();
    }

    @Provide
    Arbitrary<List<List<Answer>>> scripts() {
        return Arbitraries.of(Answer.class).list().ofMinSize(1).ofMaxSize(4).list().ofSize(3);
    }

    @Example
    void a_failure_that_is_not_the_vendors_answer_stops_its_group_and_the_other_groups_are_still_routed_and_reported() {
        FakeVendor india = new FakeVendor("india", List.of(Answer.SOURCE_FAILS));
        FakeVendor rest = new FakeVendor("rest", List.of(Answer.CREATE));
        CampaignRouter router = CampaignRouter.builder().route(india, RouteCondition.callingCodes(91)).route(rest).build();
        Campaign campaign = Campaign.builder().name("Renewals")
                .audience(Audience.targets(Target.of("+919876543210"), Target.of("+14155550101"))).build();

        RoutingException e = catchThrowableOfType(RoutingException.class, () -> router.create(campaign));

        assertThat(e.result().groups()).extracting(RoutedGroup::uncertain).containsExactly(true, false);
        assertThat(e.attempts().get(0).reason()).isEqualTo("IllegalStateException: the database went away");
        assertThat(rest.received).containsExactly(Set.of("+14155550101"));
        assertThat(india.received).as("the Indian number went to no one else").containsExactly(Set.of("+919876543210"));
    }

    @Property(tries = 300)
    void every_target_is_created_at_exactly_one_vendor_or_reported_not_created(
            @ForAll("audiences") List<String> phones, @ForAll("scripts") List<List<Answer>> scripts,
            @ForAll boolean indiaFirst, @ForAll boolean ukCondition) {
        FakeVendor a = new FakeVendor("a", scripts.get(0));
        FakeVendor b = new FakeVendor("b", scripts.get(1));
        FakeVendor c = new FakeVendor("c", scripts.get(2));
        CampaignRouter.Builder builder = CampaignRouter.builder();
        if (indiaFirst) {
            builder.route(a, RouteCondition.callingCodes(91));
        }
        if (ukCondition) {
            builder.route(b, RouteCondition.callingCodes(44, 55));
        }
        CampaignRouter router = builder.route(c).route(a).build();
        Campaign campaign = Campaign.builder().name("Property").audience(Audience.targets(phones.stream().map(Target::of).toList())).build();

        RoutingResult result;
        try {
            result = router.create(campaign);
        } catch (RoutingException e) {
            result = e.result();
        }

        Map<String, Integer> receivedBy = new HashMap<>();
        for (FakeVendor v : List.of(a, b, c)) {
            v.received.forEach(set -> set.forEach(p -> receivedBy.merge(p, 1, Integer::sum)));
        }
        assertThat(receivedBy.values()).as("no number reached two vendors, or one vendor twice").allMatch(n -> n == 1);
        long created = result.groups().stream().filter(g -> g.created().isPresent()).mapToLong(RoutedGroup::targets).sum();
        long notCreated = result.notCreated().stream().mapToLong(RoutedGroup::targets).sum();
        assertThat(created + notCreated).as("every target is in one group").isEqualTo(phones.size());
        assertThat(result.notCreated()).allSatisfy(g -> assertThat(g.notCreatedReason()).isPresent());
        long createdAtVendors = result.created().stream().mapToLong(x -> x.targetCount().orElseThrow()).sum();
        assertThat(createdAtVendors).isEqualTo(created);
    }
}
