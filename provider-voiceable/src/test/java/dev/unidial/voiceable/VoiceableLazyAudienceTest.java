package dev.unidial.voiceable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.Audience;
import dev.unidial.CampaignValidationException;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.MappingPolicy;
import dev.unidial.Target;
import dev.unidial.UnsupportedFeatureException;
import dev.unidial.Violation;
import dev.unidial.testkit.Fault;
import dev.unidial.testkit.VendorSimulator;
import dev.unidial.testkit.VoiceableSimulator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A lazy audience is read once by a create: its targets are checked as the recipients CSV is
 * written, and a failed check stops the upload before the body ends, so Voiceable never
 * receives a request it could act on.
 */
class VoiceableLazyAudienceTest {
    private final VoiceableSimulator simulator = VendorSimulator.voiceable();

    @AfterEach
    void stop() {
        simulator.close();
    }

    private VoiceableClient client(MappingPolicy policy) {
        return VoiceableClient.builder().apiKey(VoiceableSimulator.API_KEY).baseUrl(simulator.baseUrl())
                .mappingPolicy(policy).maxRetries(2).sleeper(d -> { }).build();
    }

    /** A lazy source of {@code size} targets that counts how many times it is opened. */
    private static Iterable<Target> lazy(int size, AtomicInteger opened, IntFunction<Target> target) {
        return () -> {
            opened.incrementAndGet();
            return new Iterator<>() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < size;
                }

                @Override
                public Target next() {
                    return target.apply(i++);
                }
            };
        };
    }

    private static Target numbered(int i) {
        return Target.of("+1415555" + String.format("%04d", i));
    }

    @Test
    void a_valid_lazy_audience_is_read_once_and_every_number_arrives() {
        AtomicInteger opened = new AtomicInteger();
        try (VoiceableClient client = client(MappingPolicy.STRICT)) {
            CreatedCampaign created = client.create(VoiceableClientTest.campaign()
                    .audience(Audience.targets(lazy(500, opened, VoiceableLazyAudienceTest::numbered))).build());

            assertThat(opened).as("sources opened").hasValue(1);
            assertThat(created.targetCount()).hasValue(500);
            assertThat(simulator.campaigns().get(Long.valueOf(created.id())).recipients()).hasSize(500)
                    .startsWith("+14155550000").endsWith("+14155550499");
        }
    }

    @Test
    void bad_numbers_anywhere_stop_the_upload_unfinished_and_are_all_reported_with_their_paths() {
        AtomicInteger opened = new AtomicInteger();
        IntFunction<Target> withBadOnes = i -> i == 7 ? Target.of("0415 555") : i == 300 ? Target.of("+1 415") : numbered(i);
        try (VoiceableClient client = client(MappingPolicy.STRICT)) {
            Throwable thrown = catchThrowable(() -> client.create(VoiceableClientTest.campaign()
                    .audience(Audience.targets(lazy(400, opened, withBadOnes))).build()));

            assertThat(thrown).isInstanceOf(CampaignValidationException.class);
            assertThat(((CampaignValidationException) thrown).violations()).extracting(Violation::path)
                    .containsExactly("audience.targets[7].phone", "audience.targets[300].phone");
        }
        assertThat(simulator.campaigns()).as("nothing Voiceable could act on").isEmpty();
    }

    @Test
    void a_duplicate_number_stops_the_upload_and_names_both_positions() {
        AtomicInteger opened = new AtomicInteger();
        IntFunction<Target> withDuplicate = i -> i == 250 ? numbered(3) : numbered(i);
        try (VoiceableClient client = client(MappingPolicy.STRICT)) {
            Throwable thrown = catchThrowable(() -> client.create(VoiceableClientTest.campaign()
                    .audience(Audience.targets(lazy(300, opened, withDuplicate))).build()));

            assertThat(thrown).isInstanceOf(CampaignValidationException.class);
            assertThat(((CampaignValidationException) thrown).violations()).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("audience.targets[250].phone");
                assertThat(v.message()).contains("audience.targets[3]");
            });
        }
        assertThat(simulator.campaigns()).isEmpty();
    }

    @Test
    void target_variables_voiceable_cannot_carry_are_refused_under_strict_and_reported_under_lenient() {
        IntFunction<Target> withVariables = i -> i == 42 ? Target.of(numbered(i).phone(), Map.of("name", "Asha")) : numbered(i);
        try (VoiceableClient strict = client(MappingPolicy.STRICT)) {
            Throwable thrown = catchThrowable(() -> strict.create(VoiceableClientTest.campaign()
                    .audience(Audience.targets(lazy(100, new AtomicInteger(), withVariables))).build()));

            assertThat(thrown).isInstanceOfSatisfying(UnsupportedFeatureException.class,
                    e -> assertThat(e.features()).containsExactly(Feature.TARGET_VARIABLES));
        }
        assertThat(simulator.campaigns()).isEmpty();

        try (VoiceableClient lenient = client(MappingPolicy.LENIENT)) {
            CreatedCampaign created = lenient.create(VoiceableClientTest.campaign()
                    .audience(Audience.targets(lazy(100, new AtomicInteger(), withVariables))).build());

            assertThat(created.warnings()).anySatisfy(w -> assertThat(w).containsIgnoringCase(Feature.TARGET_VARIABLES.label()));
            assertThat(created.targetCount()).hasValue(100);
        }
    }

    @Test
    void a_retried_upload_checks_its_targets_afresh() {
        simulator.failNext(1, Fault.status(503));
        try (VoiceableClient client = client(MappingPolicy.STRICT)) {
            CreatedCampaign created = client.create(VoiceableClientTest.campaign()
                    .audience(Audience.targets(lazy(50, new AtomicInteger(), VoiceableLazyAudienceTest::numbered))).build());

            assertThat(created.targetCount()).as("not counted twice, no number its own duplicate").hasValue(50);
        }
        assertThat(simulator.requestCount("POST", "/api/v1/campaigns")).isEqualTo(2);
    }

    @Test
    void preview_and_plan_still_check_every_target_before_anything_is_sent() {
        IntFunction<Target> withBad = i -> i == 1 ? Target.of("nope") : numbered(i);
        try (VoiceableClient client = client(MappingPolicy.STRICT)) {
            Throwable thrown = catchThrowable(() -> client.preview(VoiceableClientTest.campaign()
                    .audience(Audience.targets(lazy(3, new AtomicInteger(), withBad))).build()));

            assertThat(thrown).isInstanceOf(CampaignValidationException.class);
        }
        assertThat(simulator.requestCount()).isZero();
    }

    @Test
    void an_own_csv_with_a_lazy_audience_still_has_the_audience_checked_before_sending() {
        IntFunction<Target> withBad = i -> i == 1 ? Target.of("nope") : numbered(i);
        try (VoiceableClient client = client(MappingPolicy.STRICT)) {
            Throwable thrown = catchThrowable(() -> client.create(VoiceableClientTest.campaign()
                    .audience(Audience.targets(lazy(3, new AtomicInteger(), withBad)))
                    .option(VoiceableOptions.builder().recipients(VoiceableRecipients.numbers(List.of("+14155550100"))).build())
                    .build()));

            assertThat(thrown).isInstanceOf(CampaignValidationException.class);
        }
        assertThat(simulator.requestCount()).isZero();
    }
}
