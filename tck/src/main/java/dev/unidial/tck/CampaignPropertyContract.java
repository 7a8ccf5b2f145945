package dev.unidial.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.ApiException;
import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignValidationException;
import dev.unidial.MappingPolicy;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.Secret;
import dev.unidial.Target;
import dev.unidial.UnsupportedFeatureException;
import dev.unidial.Webhook;
import dev.unidial.spi.Settings;
import dev.unidial.testkit.VendorSimulator;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * Random campaigns — strings with Unicode and control characters, numbers of every shape,
 * windows at midnight and with equal ends, huge variable maps, nulls where a user could
 * pass them — sent through a provider's {@code preview} and {@code create} against its
 * simulator, under both mapping policies. The only outcomes allowed: a request the simulator
 * accepts, {@link CampaignValidationException}, {@link UnsupportedFeatureException}, or
 * (for a null given to a builder) an immediate {@link NullPointerException}. Never another
 * exception, never a request the vendor refuses, never the key in a message.
 */
public abstract class CampaignPropertyContract {
    private VendorSimulator simulator;
    private CampaignClient strict;
    private CampaignClient lenient;

    /** For subclasses. */
    protected CampaignPropertyContract() {}

    /** {@return this provider's harness} */
    protected abstract ProviderHarness harness();

    @BeforeProperty
    void start() {
        simulator = harness().newSimulator();
        Map<String, String> settings = new HashMap<>(simulator.settings());
        settings.put(Settings.MAX_RETRIES, "0");
        strict = CampaignClients.create(simulator.provider(), settings);
        settings.put(Settings.MAPPING_POLICY, MappingPolicy.LENIENT.name());
        lenient = CampaignClients.create(simulator.provider(), settings);
    }

    @AfterProperty
    void stop() {
        strict.close();
        lenient.close();
        simulator.close();
    }

    @Property(tries = 250)
    void a_random_campaign_is_accepted_or_refused_with_a_typed_error_before_any_request(
            @ForAll("campaigns") Function<Integer, Campaign> build, @ForAll int draw) {
        Campaign campaign;
        try {
            campaign = build.apply(draw);
        } catch (NullPointerException e) {
            assertThat(e.getMessage()).as("a null is refused at once, naming the field").isNotBlank();
            Statistics.label("outcome").collect("null refused by a builder");
            return;
        }
        for (CampaignClient client : List.of(strict, lenient)) {
            int before = simulator.requestCount();
            try {
                client.preview(campaign);
            } catch (CampaignValidationException | UnsupportedFeatureException refused) {
                assertThat(simulator.requestCount()).as("refused before any request").isEqualTo(before);
                assertNoSecret(refused);
                Statistics.label("outcome").collect(refused.getClass().getSimpleName());
                continue;
            }
            try {
                assertThat(client.create(campaign).id()).isNotBlank();
                Statistics.label("outcome").collect("created");
            } catch (ApiException e) {
                throw new AssertionError("the SDK let through a campaign " + simulator.provider() + " refuses: "
                        + e.getMessage() + "\n" + campaign, e);
            }
        }
    }

    @net.jqwik.api.lifecycle.AfterProperty
    void everyOutcomeWasReached() {
        // A generator that never produces a valid campaign would prove nothing.
        Statistics.label("outcome").coverage(c -> {
            c.check("created").count(n -> n >= 25);
            c.check("CampaignValidationException").count(n -> n >= 5);
            c.check("null refused by a builder").count(n -> n >= 1);
        });
    }

    private void assertNoSecret(Exception e) {
        for (String value : simulator.settings().values()) {
            if (value.startsWith("sim")) {
                assertThat(e.getMessage()).doesNotContain(value);
            }
        }
    }

    @Provide
    Arbitrary<Function<Integer, Campaign>> campaigns() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(0).ofMaxLength(60),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(5),
                Arbitraries.strings().withChars("Renewals ✓ नमस्ते 😀\t").ofMinLength(1).ofMaxLength(300),
                Arbitraries.just("Renewal reminders"));
        Arbitrary<String> phone = Arbitraries.oneOf(
                Arbitraries.longs().between(1_000_000L, 999_999_999_999_999L).map(n -> "+" + n),
                Arbitraries.strings().withChars("+0123456789 -()").ofMinLength(0).ofMaxLength(18),
                Arbitraries.just("+919876543210"));
        Arbitrary<Map<String, Object>> variables = Arbitraries.maps(
                Arbitraries.strings().ofMinLength(0).ofMaxLength(12),
                Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20).map(v -> (Object) v),
                        Arbitraries.integers().map(v -> (Object) v), Arbitraries.just((Object) Boolean.TRUE)))
                .ofMaxSize(300);
        Arbitrary<List<Target>> targets = Combinators.combine(phone, variables.injectNull(0.5))
                .as((p, v) -> v == null ? Target.of(p) : Target.of(p, v)).list().ofMaxSize(8);
        Arbitrary<LocalTime> time = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 23 * 60 + 59).map(m -> LocalTime.of(m / 60, m % 60)),
                Arbitraries.of(LocalTime.MIDNIGHT, LocalTime.NOON, LocalTime.of(23, 59), LocalTime.of(9, 0, 30)));
        Arbitrary<CallingWindow> window = Combinators.combine(Arbitraries.subsetOf(DayOfWeek.values()), time, time)
                .as((days, a, b) -> CallingWindow.of(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days), a, b));
        Arbitrary<CallerId> caller = Arbitraries.oneOf(phone.map(CallerId::ofNumber),
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(4).map(CallerId::ofPhoneNumberId),
                Combinators.combine(phone, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3)).as(CallerId::of));

        // Each mutation changes one part of a valid campaign to a random, often hostile, value.
        List<Arbitrary<Mutation>> mutations = List.of(
                text.map(v -> b -> b.name(v)),
                text.map(v -> b -> b.description(v)),
                Arbitraries.of("3c90c3cc-0d44-4b50-8888-8dd25736052a", "agent_sales_id", "", "123", " ")
                        .map(v -> b -> b.agentId(v)),
                caller.map(v -> b -> b.callerId(v)),
                targets.map(v -> b -> b.audience(Audience.targets(v))),
                text.list().ofMaxSize(3).map(v -> b -> b.audience(Audience.contactIds(v))),
                text.list().ofMaxSize(3).map(v -> b -> b.audience(Audience.contactLists(v))),
                Arbitraries.longs().between(-86_400L * 365, 86_400L * 365 * 30).map(v -> b -> b.schedule(b.build().schedule()
                        .toBuilder().startAt(OffsetDateTime.of(2030, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(5)).plusSeconds(v)).build())),
                Arbitraries.of(ZoneId.getAvailableZoneIds()).map(v -> b -> b.schedule(b.build().schedule().toBuilder()
                        .timeZone(ZoneId.of(v)).build())),
                window.list().ofMinSize(1).ofMaxSize(3).map(v -> b -> {
                    Schedule.Builder s = Schedule.builder();
                    Schedule old = b.build().schedule();
                    old.startAt().ifPresent(s::startAt);
                    old.timeZone().ifPresent(s::timeZone);
                    v.forEach(s::window);
                    return b.schedule(s.build());
                }),
                Arbitraries.integers().between(-3, 15).map(v -> b -> b.maxConcurrentCalls(v)),
                Combinators.combine(Arbitraries.integers().between(-2, 120), Arbitraries.longs().between(-60, 100_000).injectNull(0.5))
                        .as((n, gap) -> (Mutation) b -> b.retryPolicy(gap == null ? RetryPolicy.of(n) : RetryPolicy.of(n, Duration.ofSeconds(gap)))),
                Arbitraries.integers().between(-150, 150).map(v -> b -> b.priority(v)),
                Arbitraries.longs().between(-10, 200).map(v -> b -> b.maxRingTime(Duration.ofSeconds(v))),
                Arbitraries.of(true, false).map(v -> b -> b.machineDetection(v)),
                variables.map(v -> b -> b.variables(v)),
                Arbitraries.of("https://hooks.example.com/x", "http://hooks.example.com/x", "not a url", "ftp://x")
                        .map(v -> b -> b.webhook(Webhook.of(v, Secret.of("whsec_property"), true))),
                // A null where a user could pass one: builders must refuse it at once.
                Arbitraries.of("name", "agentId", "audience", "variables").map(field -> b -> switch (field) {
                    case "name" -> b.name(null);
                    case "agentId" -> b.agentId(null);
                    case "audience" -> b.audience(null);
                    default -> b.variables(null);
                }));
        return Arbitraries.oneOf(mutations).list().ofMaxSize(4).map(chosen -> draw -> {
            Campaign.Builder b = harness().validCampaign().toBuilder();
            for (Mutation m : chosen) {
                b = m.apply(b);
            }
            return harness().withVendorOptions(b, draw).build();
        });
    }

    /** A change to a campaign under construction. */
    interface Mutation extends UnaryOperator<Campaign.Builder> {}
}
