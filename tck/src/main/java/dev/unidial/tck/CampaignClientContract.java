package dev.unidial.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unidial.ApiException;
import dev.unidial.Audience;
import dev.unidial.AuthenticationException;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignValidationException;
import dev.unidial.ConflictException;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.InvalidRequestException;
import dev.unidial.MappingPolicy;
import dev.unidial.NotFoundException;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.Secret;
import dev.unidial.ServerException;
import dev.unidial.Target;
import dev.unidial.UnsupportedFeatureException;
import dev.unidial.Violation;
import dev.unidial.Webhook;
import dev.unidial.WireRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour every {@link CampaignClient} shares, checked the same way for each vendor:
 * supported features reach the wire, unsupported ones are refused under STRICT and
 * reported under LENIENT, validation comes before any request, vendor errors map to their
 * types with the vendor's message, a create is not resent after a 500, and credentials
 * never show. A provider test extends this class and says how to build its client, a
 * campaign it accepts, and its vendor's success and error answers.
 */
public abstract class CampaignClientContract {
    /** A fake credential; it must never appear in any text the SDK produces. */
    protected static final String SECRET = "sk_contract_5ecret_value_91ab";

    /** The vendor stand-in, new for each test. */
    protected MockWebServer server;

    /**
     * {@return a client for the server's URL, built with {@link #SECRET} (or credentials derived from it), no HTTP retries}
     *
     * @param baseUrl the simulator's base URL
     * @param policy the mapping policy
     */
    protected abstract CampaignClient client(String baseUrl, MappingPolicy policy);

    /** {@return a campaign this vendor accepts, using only supported features} */
    protected abstract Campaign validCampaign();

    /**
     * Queues the vendor's answers for one successful neutral create of {@code campaign}.
     *
     * @param campaign the campaign
     */
    protected abstract void enqueueSuccess(Campaign campaign);

    /**
     * {@return the vendor's error answer for a status, carrying this message}
     *
     * @param status the HTTP status
     * @param message the message, with secrets removed
     */
    protected abstract MockResponse errorResponse(int status, String message);

    /**
     * {@return the campaign with one more feature in use} The defaults use values every vendor's rules
     * accept; a provider overrides this where its rules need other values.
     *
     * @param base a campaign this vendor accepts
     * @param feature the feature
     */
    protected Campaign withFeature(Campaign base, Feature feature) {
        Campaign.Builder b = base.toBuilder();
        Schedule schedule = base.schedule();
        CallerId caller = base.callerId().orElse(null);
        switch (feature) {
            case INLINE_TARGETS -> b.audience(Audience.targets(Target.of("+14155550100")));
            case TARGET_VARIABLES -> b.audience(Audience.targets(Target.of("+14155550100", Map.of("name", "Asha"))));
            case PER_TARGET_AGENT -> b.audience(Audience.targets(Target.builder("+14155550100")
                    .agentId("3c90c3cc-0d44-4b50-8888-8dd25736052b").build()));
            case PER_TARGET_CALLER_ID -> b.audience(Audience.targets(Target.builder("+14155550100")
                    .callerId(CallerId.ofNumber("+15105550199")).build()));
            case CONTACT_IDS -> b.audience(Audience.contactIds(List.of("contact-1")));
            case CONTACT_LISTS -> b.audience(Audience.contactLists(List.of("Recent buyers")));
            case AGENT -> b.agentId("3c90c3cc-0d44-4b50-8888-8dd25736052a");
            case CALLER_NUMBER -> b.callerId(caller != null && caller.phoneNumberId().isPresent()
                    ? CallerId.of("+15101234567", caller.phoneNumberId().get()) : CallerId.ofNumber("+15101234567"));
            case CALLER_PHONE_NUMBER_ID -> b.callerId(caller != null && caller.number().isPresent()
                    ? CallerId.of(caller.number().get(), "7") : CallerId.ofPhoneNumberId("7"));
            case SCHEDULED_START -> b.schedule(schedule.toBuilder()
                    .startAt(OffsetDateTime.parse("2031-03-04T10:15:00+05:30")).build());
            case TIME_ZONE -> b.schedule(schedule.toBuilder().timeZone(ZoneId.of("Asia/Kolkata")).build());
            case CALLING_WINDOWS -> b.schedule(withWindows(schedule,
                    CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(18, 0))));
            case DAY_OF_WEEK_SELECTION -> b.schedule(withWindows(schedule,
                    CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))));
            case PER_DAY_HOURS -> b.schedule(withWindows(schedule,
                    CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)),
                    CallingWindow.of(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(10, 0), LocalTime.of(14, 0))));
            case CONCURRENCY -> b.maxConcurrentCalls(2);
            case RETRIES -> b.retryPolicy(RetryPolicy.of(2));
            case RETRY_GAP -> b.retryPolicy(RetryPolicy.of(2, Duration.ofMinutes(30)));
            case WEBHOOK -> b.webhook(Webhook.of("https://hooks.example.com/unidial", Secret.of("whsec_contract_hook"), true));
            case MACHINE_DETECTION -> b.machineDetection(true);
            case PRIORITY -> b.priority(3);
            case RING_TIME -> b.maxRingTime(Duration.ofSeconds(30));
            case DESCRIPTION -> b.description("Reminds customers of their renewal date");
            case CAMPAIGN_VARIABLES -> b.variables(Map.of("product", "Gold plan"));
        }
        return b.build();
    }

    private static Schedule withWindows(Schedule schedule, CallingWindow... windows) {
        Schedule.Builder b = Schedule.builder();
        schedule.startAt().ifPresent(b::startAt);
        b.timeZone(schedule.timeZone().orElse(ZoneId.of("Asia/Kolkata")));
        for (CallingWindow w : windows) {
            b.window(w);
        }
        return b.build();
    }

    @BeforeEach
    void startServer() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** {@return the mock server's URL} */
    protected String baseUrl() {
        return server.url("/").toString();
    }

    private CampaignClient strict() {
        return client(baseUrl(), MappingPolicy.STRICT);
    }

    @Test
    void creates_a_valid_campaign_and_returns_the_vendors_id() {
        Campaign campaign = validCampaign();
        enqueueSuccess(campaign);
        try (CampaignClient client = strict()) {
            CreatedCampaign created = client.create(campaign);

            assertThat(created.id()).isNotBlank();
            assertThat(created.provider()).isEqualTo(client.provider());
            assertThat(created.warnings()).isEmpty();
            assertThat(server.getRequestCount()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void create_async_completes_with_the_same_result() throws Exception {
        Campaign campaign = validCampaign();
        enqueueSuccess(campaign);
        try (CampaignClient client = strict()) {
            CreatedCampaign created = client.createAsync(campaign).get();

            assertThat(created.id()).isNotBlank();
            assertThat(created.provider()).isEqualTo(client.provider());
        }
    }

    @Test
    void preview_sends_nothing_and_shows_requests_without_credentials() {
        try (CampaignClient client = strict()) {
            List<WireRequest> requests = client.preview(validCampaign());

            assertThat(requests).isNotEmpty();
            assertThat(server.getRequestCount()).isZero();
            for (WireRequest r : requests) {
                assertThat(r.url()).startsWith(baseUrl().replaceAll("/$", ""));
                assertThat(r.toString() + r.headers() + r.bodyText()).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void preview_matches_what_create_sends() throws Exception {
        Campaign campaign = validCampaign();
        enqueueSuccess(campaign);
        try (CampaignClient client = strict()) {
            List<WireRequest> previewed = client.preview(campaign);
            client.create(campaign);

            assertThat(server.getRequestCount()).as("requests sent, as many as previewed").isEqualTo(previewed.size());
            for (WireRequest expected : previewed) {
                RecordedRequest sent = server.takeRequest();
                assertThat(sent.getMethod()).isEqualTo(expected.method());
                assertThat(sent.getUrl().toString()).isEqualTo(expected.url());
                boolean json = expected.body().map(b -> b.contentType().startsWith("application/json")).orElse(false);
                // An id the vendor has not given yet shows as a placeholder ({batch_id}) in a preview.
                if (json && !expected.bodyText().contains("{batch_id}")) {
                    assertThat(JSON.readTree(sent.getBody().utf8())).as(expected.method() + " " + expected.url())
                            .isEqualTo(JSON.readTree(expected.bodyText()));
                }
            }
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = dev.unidial.http.Json.newMapper();

    @Test
    void an_invalid_campaign_fails_before_any_request_listing_every_violation() {
        Campaign invalid = validCampaign().toBuilder().name(" ").maxConcurrentCalls(0).build();
        try (CampaignClient client = strict()) {
            Throwable thrown = catchThrowable(() -> client.create(invalid));

            assertThat(thrown).isInstanceOf(CampaignValidationException.class);
            assertThat(((CampaignValidationException) thrown).violations()).extracting(Violation::path)
                    .contains("name", "maxConcurrentCalls");
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @TestFactory
    Stream<DynamicTest> each_supported_feature_reaches_the_wire() {
        Campaign base = validCampaign();
        List<DynamicTest> tests = new ArrayList<>();
        java.util.Set<Feature> features;
        try (CampaignClient client = strict()) {
            features = client.capabilities().features();
        }
        for (Feature f : features) {
            Campaign with = withFeature(base, f);
            if (with.equals(base)) {
                // The base campaign uses it already: creating the base campaign is its test.
                tests.add(DynamicTest.dynamicTest(f.name() + " (in the base campaign)", () -> {
                    enqueueSuccess(base);
                    try (CampaignClient client = strict()) {
                        assertThat(client.create(base).warnings()).as(f.label() + " is sent, not dropped").isEmpty();
                    }
                }));
                continue;
            }
            // Dynamic tests run after this method returns, so each uses a client of its own.
            tests.add(DynamicTest.dynamicTest(f.name(), () -> {
                try (CampaignClient client = strict()) {
                    assertThat(render(client.preview(with))).as("requests with " + f.label())
                            .isNotEqualTo(render(client.preview(base)));
                }
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> each_unsupported_feature_is_refused_under_strict_before_any_request() {
        CampaignClient client = strict();
        List<DynamicTest> tests = new ArrayList<>();
        for (Feature f : EnumSet.complementOf(EnumSet.copyOf(client.capabilities().features()))) {
            tests.add(DynamicTest.dynamicTest(f.name(), () -> {
                Campaign with = withFeature(validCampaign(), f);
                assertThatThrownBy(() -> client.create(with))
                        .isInstanceOfSatisfying(UnsupportedFeatureException.class,
                                e -> assertThat(e.features()).contains(f))
                        .hasMessageContaining(f.label());
                assertThat(server.getRequestCount()).isZero();
            }));
        }
        tests.add(DynamicTest.dynamicTest("close", client::close));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> each_unsupported_feature_becomes_a_warning_under_lenient() {
        CampaignClient client = client(baseUrl(), MappingPolicy.LENIENT);
        Campaign base = validCampaign();
        List<DynamicTest> tests = new ArrayList<>();
        EnumSet<Feature> audienceKinds = EnumSet.of(Feature.INLINE_TARGETS, Feature.TARGET_VARIABLES,
                Feature.CONTACT_IDS, Feature.CONTACT_LISTS);
        for (Feature f : EnumSet.complementOf(EnumSet.copyOf(client.capabilities().features()))) {
            boolean needsMissingAudience = parentOf(f).filter(audienceKinds::contains)
                    .filter(p -> !client.capabilities().supports(p)).isPresent();
            if (audienceKinds.contains(f) || needsMissingAudience) {
                continue; // dropping the only audience leaves nothing to call; STRICT covers these
            }
            tests.add(DynamicTest.dynamicTest(f.name(), () -> {
                Campaign with = withFeature(base, f);
                if (f != Feature.PER_DAY_HOURS) {
                    // PER_DAY_HOURS has no single "without" form: vendors keep what they can of the windows.
                    Campaign without = parentOf(f).filter(p -> client.capabilities().supports(p))
                            .map(p -> withFeature(base, p)).orElse(base);
                    assertThat(render(client.preview(with))).as("dropped " + f.label() + " must not reach the wire")
                            .isEqualTo(render(client.preview(without)));
                }
                enqueueSuccess(with);
                CreatedCampaign created = client.create(with);
                assertThat(created.warnings()).anySatisfy(w -> assertThat(w).containsIgnoringCase(f.label()));
            }));
        }
        tests.add(DynamicTest.dynamicTest("close", client::close));
        return tests.stream();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500})
    void vendor_errors_become_their_typed_exception_with_the_vendors_message(int status) {
        String message = "vendor says no " + status;
        server.enqueue(errorResponse(status, message));
        try (CampaignClient client = strict()) {
            Throwable thrown = catchThrowable(() -> client.create(validCampaign()));

            Class<? extends ApiException> expected = switch (status) {
                case 400, 422 -> InvalidRequestException.class;
                case 401, 403 -> AuthenticationException.class;
                case 404 -> NotFoundException.class;
                case 409 -> ConflictException.class;
                default -> ServerException.class;
            };
            assertThat(thrown).isInstanceOf(expected).hasMessageContaining(message);
            assertThat(((ApiException) thrown).statusCode()).isEqualTo(status);
            assertThat(server.getRequestCount()).as("a create is never resent after an error").isEqualTo(1);
        }
    }

    @Test
    void credentials_never_show_in_to_string_messages_or_logs() {
        server.enqueue(errorResponse(401, "bad key " + SECRET));
        try (LogCapture logs = new LogCapture(); CampaignClient client = strict()) {
            Throwable thrown = catchThrowable(() -> client.create(validCampaign()));

            assertThat(thrown).isInstanceOf(AuthenticationException.class);
            assertThat(thrown.getMessage()).doesNotContain(SECRET);
            assertThat(((ApiException) thrown).body()).doesNotContain(SECRET);
            assertThat(client.toString()).doesNotContain(SECRET);
            assertThat(logs.lines()).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(SECRET));
        }
    }

    /** The feature that {@link #withFeature} necessarily adds along with this one. */
    private static java.util.Optional<Feature> parentOf(Feature f) {
        return java.util.Optional.ofNullable(switch (f) {
            case RETRY_GAP -> Feature.RETRIES;
            case TARGET_VARIABLES, PER_TARGET_AGENT, PER_TARGET_CALLER_ID -> Feature.INLINE_TARGETS;
            case DAY_OF_WEEK_SELECTION -> Feature.CALLING_WINDOWS;
            case CALLING_WINDOWS -> Feature.TIME_ZONE;
            default -> null;
        });
    }

    private static String render(List<WireRequest> requests) {
        StringBuilder b = new StringBuilder();
        for (WireRequest r : requests) {
            b.append(r.method()).append(' ').append(r.url()).append('\n').append(stripBoundaries(r.bodyText())).append('\n');
        }
        return b.toString();
    }

    private static String stripBoundaries(String body) {
        return body.replaceAll("unidial-[0-9a-f-]{36}", "BOUNDARY");
    }
}
