package dev.unidial.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unidial.ApiException;
import dev.unidial.AuthenticationException;
import dev.unidial.CallResult;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignJournal;
import dev.unidial.CampaignSnapshot;
import dev.unidial.CampaignStatus;
import dev.unidial.CampaignTimeoutException;
import dev.unidial.CampaignValidationException;
import dev.unidial.ConflictException;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.InvalidRequestException;
import dev.unidial.MappingPolicy;
import dev.unidial.NotFoundException;
import dev.unidial.Preview;
import dev.unidial.ServerException;
import dev.unidial.UncertainCreateException;
import dev.unidial.UnexpectedResponseException;
import dev.unidial.UnsupportedFeatureException;
import dev.unidial.Violation;
import dev.unidial.WireRequest;
import dev.unidial.http.Json;
import dev.unidial.testkit.Fault;
import dev.unidial.testkit.SimulatedRequest;
import dev.unidial.testkit.VendorSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
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
 * never show. A provider test extends this class and returns its {@link ProviderHarness};
 * every test runs against the provider's simulator.
 */
public abstract class CampaignClientContract {
    /** The simulator of this vendor, new for each test. */
    protected VendorSimulator simulator;

    /** For subclasses. */
    protected CampaignClientContract() {}

    /** {@return this provider's harness} */
    protected abstract ProviderHarness harness();

    @BeforeEach
    void startSimulator() {
        simulator = harness().newSimulator();
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private CampaignClient client(MappingPolicy policy) {
        return harness().builder(simulator.baseUrl()).mappingPolicy(policy).maxRetries(0).build();
    }

    private CampaignClient strict() {
        return client(MappingPolicy.STRICT);
    }

    private Campaign validCampaign() {
        return harness().validCampaign();
    }

    private Campaign withFeature(Campaign base, Feature feature) {
        return harness().withFeature(base, feature);
    }

    private String secret() {
        return harness().secrets().get(0);
    }

    @Test
    void creates_a_valid_campaign_and_returns_the_vendors_id() {
        Campaign campaign = validCampaign();
        try (CampaignClient client = strict()) {
            CreatedCampaign created = client.create(campaign);

            assertThat(created.id()).isNotBlank();
            assertThat(created.provider()).isEqualTo(client.provider());
            assertThat(created.warnings()).isEmpty();
            assertThat(simulator.requestCount()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void create_async_completes_with_the_same_result() throws Exception {
        Campaign campaign = validCampaign();
        try (CampaignClient client = strict()) {
            CreatedCampaign created = client.createAsync(campaign).get();

            assertThat(created.id()).isNotBlank();
            assertThat(created.provider()).isEqualTo(client.provider());
        }
    }

    @Test
    void preview_sends_nothing_and_shows_requests_without_credentials() {
        try (CampaignClient client = strict()) {
            List<WireRequest> requests = client.preview(validCampaign()).requests();

            assertThat(requests).isNotEmpty();
            assertThat(simulator.requestCount()).isZero();
            for (WireRequest r : requests) {
                assertThat(r.url()).startsWith(simulator.baseUrl().replaceAll("/$", ""));
                assertThat(r.toString() + r.headers() + r.bodyText()).doesNotContain(secret());
            }
        }
    }

    @Test
    void preview_matches_what_create_sends() throws Exception {
        Campaign campaign = validCampaign();
        try (CampaignClient client = strict()) {
            List<WireRequest> previewed = client.preview(campaign).requests();
            client.create(campaign);

            assertThat(simulator.requestCount()).as("requests sent, as many as previewed").isEqualTo(previewed.size());
            List<SimulatedRequest> sent = simulator.requests();
            String base = simulator.baseUrl().replaceAll("/$", "");
            for (int i = 0; i < previewed.size(); i++) {
                WireRequest expected = previewed.get(i);
                assertThat(sent.get(i).method()).isEqualTo(expected.method());
                assertThat(base + sent.get(i).target()).isEqualTo(expected.url());
                boolean json = expected.body().map(b -> b.contentType().startsWith("application/json")).orElse(false);
                // An id the vendor has not given yet shows as a placeholder ({batch_id}) in a preview.
                if (json && !expected.bodyText().contains("{batch_id}")) {
                    assertThat(JSON.readTree(sent.get(i).bodyText())).as(expected.method() + " " + expected.url())
                            .isEqualTo(JSON.readTree(expected.bodyText()));
                }
            }
        }
    }

    private static final ObjectMapper JSON = Json.newMapper();

    @Test
    void an_invalid_campaign_fails_before_any_request_listing_every_violation() {
        Campaign invalid = validCampaign().toBuilder().name(" ").maxConcurrentCalls(0).build();
        try (CampaignClient client = strict()) {
            Throwable thrown = catchThrowable(() -> client.create(invalid));

            assertThat(thrown).isInstanceOf(CampaignValidationException.class);
            assertThat(((CampaignValidationException) thrown).violations()).extracting(Violation::path)
                    .contains("name", "maxConcurrentCalls");
            assertThat(simulator.requestCount()).isZero();
        }
    }

    @TestFactory
    Stream<DynamicTest> each_supported_feature_reaches_the_wire() {
        Campaign base = validCampaign();
        List<DynamicTest> tests = new ArrayList<>();
        Set<Feature> features;
        try (CampaignClient client = strict()) {
            features = client.capabilities().features();
        }
        for (Feature f : features) {
            if (f.isOperation()) {
                continue; // operations are tested below, on a created campaign
            }
            Campaign with = withFeature(base, f);
            if (with.equals(base)) {
                // The base campaign uses it already: creating the base campaign is its test.
                tests.add(DynamicTest.dynamicTest(f.name() + " (in the base campaign)", () -> {
                    try (CampaignClient client = strict()) {
                        assertThat(client.create(base).warnings()).as(f.label() + " is sent, not dropped").isEmpty();
                    }
                }));
                continue;
            }
            // Dynamic tests run after this method returns, so each uses a client of its own.
            tests.add(DynamicTest.dynamicTest(f.name(), () -> {
                try (CampaignClient client = strict()) {
                    assertThat(render(client.preview(with).requests())).as("requests with " + f.label())
                            .isNotEqualTo(render(client.preview(base).requests()));
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
            if (f.isOperation()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(f.name(), () -> {
                Campaign with = withFeature(validCampaign(), f);
                assertThatThrownBy(() -> client.create(with))
                        .isInstanceOfSatisfying(UnsupportedFeatureException.class,
                                e -> assertThat(e.features()).contains(f))
                        .hasMessageContaining(f.label());
                assertThat(simulator.requestCount()).isZero();
            }));
        }
        tests.add(DynamicTest.dynamicTest("close", client::close));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> each_unsupported_feature_becomes_a_warning_under_lenient() {
        CampaignClient client = client(MappingPolicy.LENIENT);
        Campaign base = validCampaign();
        List<DynamicTest> tests = new ArrayList<>();
        EnumSet<Feature> audienceKinds = EnumSet.of(Feature.INLINE_TARGETS, Feature.TARGET_VARIABLES,
                Feature.CONTACT_IDS, Feature.CONTACT_LISTS);
        for (Feature f : EnumSet.complementOf(EnumSet.copyOf(client.capabilities().features()))) {
            if (f.isOperation()) {
                continue;
            }
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
                    assertThat(render(client.preview(with).requests())).as("dropped " + f.label() + " must not reach the wire")
                            .isEqualTo(render(client.preview(without).requests()));
                }
                Preview preview = client.preview(with);
                CreatedCampaign created = client.create(with);
                assertThat(created.warnings()).anySatisfy(w -> assertThat(w).containsIgnoringCase(f.label()));
                assertThat(preview.dropped()).as("the preview names what LENIENT leaves out").contains(f);
                assertThat(preview.warnings()).as("the preview's warnings are the create's, word for word")
                        .isEqualTo(created.warnings());
            }));
        }
        tests.add(DynamicTest.dynamicTest("close", client::close));
        return tests.stream();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500})
    void vendor_errors_become_their_typed_exception_with_the_vendors_message(int status) {
        String message = "vendor says no " + status;
        simulator.failNext(1, Fault.error(status, message));
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
            assertThat(simulator.requestCount()).as("a create is never resent after an error").isEqualTo(1);
        }
    }

    @Test
    void a_vendor_message_with_line_breaks_reaches_the_exception_on_one_line() {
        simulator.failNext(1, Fault.error(400, "Invalid campaign\r\nINFO forged log line\u2028and more"));
        try (CampaignClient client = strict()) {
            Throwable thrown = catchThrowable(() -> client.create(validCampaign()));

            assertThat(thrown).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("Invalid campaign\\r\\nINFO forged log line\\u2028and more");
            assertThat(thrown.getMessage()).doesNotContain("\r", "\n", "\u2028");
        }
    }

    @Test
    void credentials_never_show_in_to_string_messages_or_logs() {
        simulator.failNext(1, Fault.error(401, "bad key " + secret()));
        try (LogCapture logs = new LogCapture(); CampaignClient client = strict()) {
            Throwable thrown = catchThrowable(() -> client.create(validCampaign()));

            assertThat(thrown).isInstanceOf(AuthenticationException.class);
            assertThat(thrown.getMessage()).doesNotContain(secret());
            assertThat(((ApiException) thrown).body()).doesNotContain(secret());
            assertThat(client.toString()).doesNotContain(secret());
            assertThat(logs.lines()).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(secret()));
        }
    }

    /** Calls the lifecycle method of an operation feature with this id. */
    private static Object operate(CampaignClient client, Feature operation, String id) {
        return switch (operation) {
            case GET_CAMPAIGN -> client.get(id);
            case LIST_CAMPAIGNS -> client.list().count();
            case START -> client.start(id);
            case PAUSE -> client.pause(id);
            case RESUME -> client.resume(id);
            case CANCEL -> client.cancel(id);
            case DELETE -> {
                client.delete(id);
                yield "deleted";
            }
            case CALL_RESULTS -> client.results(id).count();
            default -> throw new IllegalArgumentException(operation + " is not an operation");
        };
    }

    private static final Set<Feature> OPERATIONS = Arrays.stream(Feature.values())
            .filter(Feature::isOperation).collect(Collectors.toCollection(() -> EnumSet.noneOf(Feature.class)));

    @TestFactory
    Stream<DynamicTest> each_operation_the_vendor_lacks_throws_naming_it_before_any_request() {
        List<DynamicTest> tests = new ArrayList<>();
        Set<Feature> lacking = EnumSet.copyOf(OPERATIONS);
        try (CampaignClient client = strict()) {
            lacking.removeAll(client.capabilities().features());
        }
        for (Feature op : lacking) {
            tests.add(DynamicTest.dynamicTest(op.name(), () -> {
                try (CampaignClient client = strict()) {
                    assertThatThrownBy(() -> operate(client, op, "c-1"))
                            .isInstanceOfSatisfying(UnsupportedFeatureException.class, e -> {
                                assertThat(e.features()).containsExactly(op);
                                assertThat(e.provider()).isEqualTo(client.provider());
                            })
                            .hasMessageContaining(client.provider()).hasMessageContaining(op.label());
                    if (op == Feature.GET_CAMPAIGN) {
                        assertThatThrownBy(() -> client.awaitStatus("c-1", Set.of(CampaignStatus.RUNNING),
                                Duration.ofMinutes(1))).isInstanceOf(UnsupportedFeatureException.class);
                    }
                    assertThat(simulator.requestCount()).isZero();
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void a_created_campaign_reads_back_lists_and_moves_through_the_operations_the_vendor_has() {
        try (CampaignClient client = harness().builder(simulator.baseUrl()).maxRetries(0).sleeper(d -> { }).build()) {
            Set<Feature> has = client.capabilities().features();
            Assumptions.assumeTrue(has.stream().anyMatch(Feature::isOperation),
                    client.provider() + " documents no operation after create");
            String id = client.create(validCampaign()).id();

            if (has.contains(Feature.GET_CAMPAIGN)) {
                CampaignSnapshot read = client.get(id);
                assertThat(read.id()).isEqualTo(id);
                assertThat(read.provider()).isEqualTo(client.provider());
                assertThat(read.status()).isNotEqualTo(CampaignStatus.UNKNOWN);
            }
            if (has.contains(Feature.LIST_CAMPAIGNS)) {
                try (Stream<CampaignSnapshot> all = client.list()) {
                    assertThat(all.map(CampaignSnapshot::id)).contains(id);
                }
            }
            if (has.contains(Feature.START)) {
                assertThat(client.start(id).status()).isEqualTo(CampaignStatus.RUNNING);
            }
            if (has.contains(Feature.PAUSE)) {
                assertThat(client.pause(id).status()).isEqualTo(CampaignStatus.PAUSED);
            }
            if (has.contains(Feature.RESUME)) {
                assertThat(client.resume(id).status()).isEqualTo(CampaignStatus.RUNNING);
                if (has.contains(Feature.GET_CAMPAIGN)) {
                    assertThat(client.awaitStatus(id, Set.of(CampaignStatus.RUNNING), Duration.ofMinutes(1))
                            .status()).isEqualTo(CampaignStatus.RUNNING);
                }
            }
            if (has.contains(Feature.CALL_RESULTS)) {
                try (Stream<CallResult> results = client.results(id)) {
                    assertThat(results.toList()).isNotEmpty().allSatisfy(r -> assertThat(r.phone()).isNotBlank());
                }
            }
            if (has.contains(Feature.CANCEL)) {
                assertThat(client.cancel(id).status()).isEqualTo(CampaignStatus.CANCELLED);
            }
            if (has.contains(Feature.DELETE)) {
                client.delete(id);
                if (has.contains(Feature.GET_CAMPAIGN)) {
                    assertThatThrownBy(() -> client.get(id)).isInstanceOf(NotFoundException.class);
                }
            }
        }
    }

    @Test
    void await_status_gives_up_at_the_timeout_with_the_last_state_it_read() {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        try (CampaignClient client = harness().builder(simulator.baseUrl()).maxRetries(0).sleeper(waits::add).build()) {
            Assumptions.assumeTrue(client.capabilities().supports(Feature.GET_CAMPAIGN),
                    client.provider() + " documents no way to read a campaign");
            String id = client.create(validCampaign()).id();
            Throwable thrown = catchThrowable(() -> client.awaitStatus(id,
                    Set.of(CampaignStatus.COMPLETED), Duration.ofSeconds(45)));

            assertThat(thrown).isInstanceOfSatisfying(CampaignTimeoutException.class,
                    e -> assertThat(e.lastSnapshot()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(id)));
            assertThat(waits).as("backing off").startsWith(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
            assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus)).as("waiting no longer than the timeout")
                    .isEqualTo(Duration.ofSeconds(45));
        }
    }

    @Test
    void await_status_ends_at_its_deadline_when_the_vendors_retry_after_is_longer_than_what_is_left() {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        try (CampaignClient client = harness().builder(simulator.baseUrl()).maxRetries(2).sleeper(waits::add).build()) {
            Assumptions.assumeTrue(client.capabilities().supports(Feature.GET_CAMPAIGN),
                    client.provider() + " documents no way to read a campaign");
            String id = client.create(validCampaign()).id();
            simulator.failNext(20, Fault.rateLimited(Duration.ofSeconds(60)));

            Throwable thrown = catchThrowable(() -> client.awaitStatus(id, Set.of(CampaignStatus.COMPLETED),
                    Duration.ofSeconds(5)));

            assertThat(thrown).isInstanceOf(CampaignTimeoutException.class);
            assertThat(waits).as("no wait of the vendor's 60 s was started").allMatch(w -> w.compareTo(Duration.ofSeconds(5)) <= 0);
            assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus)).as("the whole wait is what was left of the timeout")
                    .isBetween(Duration.ofSeconds(4), Duration.ofSeconds(5));
        }
    }

    @Test
    void a_campaign_list_that_serves_the_same_page_for_ever_ends_with_a_typed_error_after_the_first_page() {
        Optional<UnaryOperator<ObjectNode>> more =
                harness().listClaimingMorePages();
        Assumptions.assumeTrue(more.isPresent(), "the vendor's list is not paged");
        try (CampaignClient client = strict()) {
            client.create(validCampaign());
            int before = simulator.requestCount();
            simulator.failNext(50, Fault.samePageForever(more.get()));
            List<CampaignSnapshot> seen = new ArrayList<>();

            assertThatThrownBy(() -> {
                try (Stream<CampaignSnapshot> all = client.list()) {
                    all.forEach(seen::add);
                }
            }).isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("same");
            assertThat(seen).as("the first page's items, once").hasSize(1);
            assertThat(simulator.requestCount() - before).as("two reads, not fifty").isEqualTo(2);
        }
    }

    @Test
    void call_results_that_serve_the_same_page_for_ever_end_with_a_typed_error_after_the_first_page() {
        Optional<UnaryOperator<ObjectNode>> more =
                harness().resultsClaimingMorePages();
        Assumptions.assumeTrue(more.isPresent(), "the vendor's results are not paged");
        try (CampaignClient client = strict()) {
            String id = client.create(withFeature(validCampaign(), Feature.INLINE_TARGETS)).id();
            int before = simulator.requestCount();
            simulator.failNext(50, Fault.samePageForever(more.get()));
            List<CallResult> seen = new ArrayList<>();

            assertThatThrownBy(() -> {
                try (Stream<CallResult> all = client.results(id)) {
                    all.forEach(seen::add);
                }
            }).isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("same");
            assertThat(seen).as("the first page's items, once").isNotEmpty();
            assertThat(simulator.requestCount() - before).as("two reads, not fifty").isEqualTo(2);
        }
    }

    @Test
    void await_status_takes_a_timeout_of_forever() {
        try (CampaignClient client = strict()) {
            Assumptions.assumeTrue(client.capabilities().supports(Feature.GET_CAMPAIGN),
                    client.provider() + " documents no way to read a campaign");
            String id = client.create(validCampaign()).id();
            CampaignStatus now = client.get(id).status();

            assertThat(client.awaitStatus(id, Set.of(now), ChronoUnit.FOREVER.getDuration()).status())
                    .isEqualTo(now);
        }
    }

    private CampaignClient journaled(CampaignJournal journal) {
        return harness().builder(simulator.baseUrl()).maxRetries(0).journal(journal).build();
    }

    private Campaign keyed(String key) {
        return validCampaign().toBuilder().idempotencyKey(key).build();
    }

    @Test
    void a_create_run_again_under_its_key_returns_the_first_result_and_sends_nothing(@org.junit.jupiter.api.io.TempDir
            Path dir) {
        CampaignJournal journal = CampaignJournal.inDirectory(dir);
        CreatedCampaign first;
        try (CampaignClient client = journaled(journal)) {
            first = client.create(keyed("nightly-1"));
        }
        int sent = simulator.requestCount();
        // A new process: another client, another journal object over the same directory.
        try (CampaignClient restarted = journaled(CampaignJournal.inDirectory(dir))) {
            CreatedCampaign again = restarted.create(keyed("nightly-1"));

            assertThat(again.id()).isEqualTo(first.id());
            assertThat(again.provider()).isEqualTo(first.provider());
            assertThat(again.name()).isEqualTo(first.name());
        }
        assertThat(simulator.requestCount()).as("nothing sent the second time").isEqualTo(sent);
    }

    @Test
    void another_campaign_under_a_used_key_is_refused_before_anything_is_sent() {
        CampaignJournal journal = CampaignJournal.inMemory();
        try (CampaignClient client = journaled(journal)) {
            client.create(keyed("k-1"));
            int sent = simulator.requestCount();

            assertThatThrownBy(() -> client.create(keyed("k-1").toBuilder().name("Another name").build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another campaign");
            assertThat(simulator.requestCount()).isEqualTo(sent);
        }
    }

    @Test
    void a_key_without_a_journal_is_refused_not_ignored() {
        try (CampaignClient client = strict()) {
            assertThatThrownBy(() -> client.create(keyed("k-1"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("journal");
        }
        assertThat(simulator.requestCount()).isZero();
    }

    @Test
    void a_refused_create_may_be_sent_again_under_its_key() {
        CampaignJournal journal = CampaignJournal.inMemory();
        try (CampaignClient client = journaled(journal)) {
            simulator.failNext(1, Fault.error(400, "refused"));
            assertThatThrownBy(() -> client.create(keyed("k-2"))).isInstanceOf(InvalidRequestException.class);

            assertThat(client.create(keyed("k-2")).id()).isNotBlank();
        }
    }

    @Test
    void a_create_that_may_have_reached_the_vendor_is_uncertain_until_settled() {
        CampaignJournal journal = CampaignJournal.inMemory();
        try (CampaignClient client = journaled(journal)) {
            simulator.failNext(1, Fault.error(500, "upstream died"));
            assertThatThrownBy(() -> client.create(keyed("k-3"))).isInstanceOf(ServerException.class);
            int sent = simulator.requestCount();

            assertThatThrownBy(() -> client.create(keyed("k-3"))).isInstanceOfSatisfying(
                    UncertainCreateException.class, e -> assertThat(e.idempotencyKey()).isEqualTo("k-3"));
            assertThat(simulator.requestCount()).as("nothing sent while uncertain").isEqualTo(sent);

            journal.settle("k-3", "found-at-the-vendor");
            CreatedCampaign settled = client.create(keyed("k-3"));
            assertThat(settled.id()).isEqualTo("found-at-the-vendor");
            assertThat(settled.provider()).isEqualTo(client.provider());
            assertThat(settled.name()).isEqualTo(validCampaign().name());

            journal.forget("k-3");
            assertThat(client.create(keyed("k-3")).id()).as("forgotten: a new create").isNotEqualTo("found-at-the-vendor");
        }
    }

    /** The feature that {@link #withFeature} necessarily adds along with this one. */
    private static Optional<Feature> parentOf(Feature f) {
        return Optional.ofNullable(switch (f) {
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
