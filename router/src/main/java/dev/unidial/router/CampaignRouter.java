package dev.unidial.router;

import dev.unidial.ApiConnectionException;
import dev.unidial.ApiException;
import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignJournal;
import dev.unidial.CampaignValidationException;
import dev.unidial.CreatedCampaign;
import dev.unidial.Feature;
import dev.unidial.Target;
import dev.unidial.UnidialException;
import dev.unidial.UnsupportedFeatureException;
import dev.unidial.spi.AbstractCampaignClient;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * One campaign over several vendors.
 *
 * <pre>{@code
 * CampaignRouter router = CampaignRouter.builder()
 *         .route(callkaro, RouteCondition.callingCodes(91))   // Indian numbers to CallKaro
 *         .route(kore)                                        // everyone else: Kore first
 *         .route(ravan)                                       // then Ravan
 *         .build();
 * RoutingPlan plan = router.plan(campaign);      // nothing sent
 * RoutingResult result = router.create(campaign);
 * }</pre>
 *
 * <p><b>Groups.</b> A target may go to every route whose condition it meets (a route without
 * one takes everyone), in the order the routes were added; targets with the same vendors in
 * the same order form a group, created as a campaign of its own. A lazy audience stays lazy:
 * it is read once to count the groups, and each group's campaign reads it again and keeps
 * its own targets. A campaign of contact ids or lists goes whole to the first route, with no
 * other vendor after it, since ids belong to one vendor.
 *
 * <p><b>Within a group</b> the vendors are tried in order. One that would refuse the campaign
 * (its rules, STRICT mapping, or under LENIENT a feature it would drop) is passed over with
 * nothing sent; so is one whose circuit breaker is open. A create that failed where the vendor
 * certainly did nothing ({@link UnidialException#vendorMayHaveActed()} is false) moves on to
 * the next vendor. A create that may have reached the vendor stops the group: its targets go
 * to no other vendor, and {@link #create} ends with a {@link RoutingException} once every other
 * group is routed.
 *
 * <p><b>Circuit breakers.</b> Each client has a Resilience4j {@link CircuitBreaker}. Connection
 * failures, 429 and 5xx count against it; a refusal (4xx, validation) does not, since it comes
 * from the campaign, not from a vendor in trouble.
 *
 * <p><b>Idempotency keys.</b> A campaign with a key gives each group a key of its own (the key,
 * {@code /route-} and the group's vendors' positions). Give every routed client the same
 * {@link CampaignJournal}: a run again after a crash then finds each group where it was, at the
 * vendor that had it, and a vendor that another one's journal entry names refuses the group
 * with nothing sent.
 *
 * <p>The router never closes its clients, and each client's listener sees its own requests.
 * Thread-safe: several creates may run at once.
 */
public final class CampaignRouter {
    private final List<Route> routes;
    private final List<CampaignClient> clients;
    private final Map<CampaignClient, CircuitBreaker> breakers;
    private final Map<CampaignClient, UnaryOperator<Campaign>> adapters;

    private CampaignRouter(List<Route> routes, CircuitBreakerConfig config, Map<CampaignClient, UnaryOperator<Campaign>> adapters) {
        this.routes = List.copyOf(routes);
        this.adapters = new IdentityHashMap<>(adapters);
        List<CampaignClient> distinct = new ArrayList<>();
        Map<CampaignClient, CircuitBreaker> byClient = new IdentityHashMap<>();
        for (Route r : routes) {
            if (!byClient.containsKey(r.client())) {
                distinct.add(r.client());
                byClient.put(r.client(), CircuitBreaker.of(r.client().provider() + "-" + distinct.size(), config));
            }
        }
        this.clients = List.copyOf(distinct);
        this.breakers = byClient;
    }

    /** {@return a builder: add routes in order of preference} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the circuit breaker of a client of this router} To read its state and metrics,
     * or to subscribe to its events.
     *
     * @param client one of the clients the routes were given
     * @throws IllegalArgumentException if no route has this client
     */
    public CircuitBreaker circuitBreaker(CampaignClient client) {
        CircuitBreaker breaker = breakers.get(client);
        if (breaker == null) {
            throw new IllegalArgumentException("no route of this router has that client (" + client.provider() + ")");
        }
        return breaker;
    }

    /**
     * Says what {@link #create} would do, with nothing sent: the groups, and which vendors
     * refuse each and why. The vendors' own checks run (a lazy audience is read once to count,
     * and once per vendor to check).
     *
     * @param campaign the campaign
     * @return the plan
     */
    public RoutingPlan plan(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        List<RoutingPlan.Group> planned = new ArrayList<>();
        for (Group g : groups(campaign)) {
            List<RoutingPlan.Candidate> candidates = new ArrayList<>();
            for (CampaignClient client : g.candidates()) {
                CircuitBreaker.State state = breakers.get(client).getState();
                Optional<String> refusal;
                try {
                    refusal = refusal(client, campaignFor(client, g));
                } catch (RuntimeException e) {
                    refusal = Optional.of(describe(e));
                }
                candidates.add(new RoutingPlan.Candidate(client.provider(), refusal,
                        state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN));
            }
            planned.add(new RoutingPlan.Group(g.targets(), candidates));
        }
        return new RoutingPlan(planned);
    }

    /**
     * Creates the campaign: each group at the first of its vendors that takes it.
     *
     * @param campaign the campaign
     * @return every group and attempt, with the campaigns created; groups no vendor took are in
     *     {@link RoutingResult#notCreated()} with their reason
     * @throws RoutingException if a vendor may have acted on a group it then failed; every other
     *     group was routed, and the exception's {@link RoutingException#result()} holds them all
     */
    public RoutingResult create(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        List<RoutedGroup> routed = new ArrayList<>();
        for (Group g : groups(campaign)) {
            routed.add(route(g));
        }
        RoutingResult result = new RoutingResult(routed);
        List<RoutedGroup> uncertain = routed.stream().filter(RoutedGroup::uncertain).toList();
        if (!uncertain.isEmpty()) {
            throw new RoutingException(uncertain.size() + " of " + routed.size() + " groups stopped where the vendor may have"
                    + " acted; their targets were given to no other vendor: " + uncertain.stream()
                    .map(g -> g.notCreatedReason().orElseThrow()).collect(Collectors.joining("; "))
                    + ". Created: " + result.created().size() + ", not created: " + (result.notCreated().size() - uncertain.size())
                    + ".", result);
        }
        return result;
    }

    private RoutedGroup route(Group g) {
        List<RouteAttempt> attempts = new ArrayList<>();
        List<String> providers = g.candidates().stream().map(CampaignClient::provider).toList();
        for (CampaignClient client : g.candidates()) {
            String provider = client.provider();
            Campaign campaign;
            Optional<String> refusal;
            try {
                campaign = campaignFor(client, g);
                refusal = refusal(client, campaign);
            } catch (RuntimeException e) {
                // An adapter or the audience's source failed before anything was sent to this vendor.
                attempts.add(new RouteAttempt(provider, RouteAttempt.Result.REFUSED, describe(e), g.targets()));
                continue;
            }
            if (refusal.isPresent()) {
                attempts.add(new RouteAttempt(provider, RouteAttempt.Result.REFUSED, refusal.get(), g.targets()));
                continue;
            }
            CircuitBreaker breaker = breakers.get(client);
            if (!breaker.tryAcquirePermission()) {
                attempts.add(new RouteAttempt(provider, RouteAttempt.Result.SKIPPED_OPEN,
                        "its circuit breaker is open after failures of its own", g.targets()));
                continue;
            }
            long start = breaker.getCurrentTimestamp();
            try {
                CreatedCampaign created = client.create(campaign);
                breaker.onSuccess(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit());
                attempts.add(new RouteAttempt(provider, RouteAttempt.Result.CREATED, "created " + created.id(), g.targets()));
                return new RoutedGroup(providers, g.targets(), Optional.of(created), attempts);
            } catch (IllegalArgumentException e) {
                // Thrown before anything is sent, as when the group's key is in the journal for another vendor.
                breaker.releasePermission();
                attempts.add(new RouteAttempt(provider, RouteAttempt.Result.REFUSED, e.getMessage(), g.targets()));
            } catch (UnidialException e) {
                if (countsAgainstVendor(e)) {
                    breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), e);
                } else {
                    breaker.releasePermission();
                }
                if (e instanceof CampaignValidationException || e instanceof UnsupportedFeatureException) {
                    attempts.add(new RouteAttempt(provider, RouteAttempt.Result.REFUSED, e.getMessage(), g.targets()));
                } else if (!e.vendorMayHaveActed()) {
                    attempts.add(new RouteAttempt(provider, RouteAttempt.Result.FAILED_NOT_SENT, e.getMessage(), g.targets()));
                } else {
                    attempts.add(new RouteAttempt(provider, RouteAttempt.Result.UNCERTAIN, e.getMessage(), g.targets()));
                    return new RoutedGroup(providers, g.targets(), Optional.empty(), attempts);
                }
            } catch (RuntimeException e) {
                // Not the vendor's answer (the audience's source failed while it was sent): whether
                // the vendor acted cannot be known, so the group goes nowhere else.
                breaker.releasePermission();
                attempts.add(new RouteAttempt(provider, RouteAttempt.Result.UNCERTAIN, describe(e), g.targets()));
                return new RoutedGroup(providers, g.targets(), Optional.empty(), attempts);
            }
        }
        return new RoutedGroup(providers, g.targets(), Optional.empty(), attempts);
    }

    private static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The group's campaign as this vendor's adapter makes it, with the group's audience and key kept. */
    private Campaign campaignFor(CampaignClient client, Group g) {
        UnaryOperator<Campaign> adapter = adapters.get(client);
        if (adapter == null) {
            return g.campaign();
        }
        Campaign adapted = Objects.requireNonNull(adapter.apply(g.campaign()), "the adapter of " + client.provider() + " returned null");
        if (!adapted.audience().equals(g.campaign().audience()) || !adapted.idempotencyKey().equals(g.campaign().idempotencyKey())) {
            throw new IllegalStateException("the adapter of " + client.provider()
                    + " changed the audience or the idempotency key, which the router sets per group");
        }
        return adapted;
    }

    /** Connection failures, 429 and 5xx: a vendor in trouble, anywhere in the cause chain (a partial create's cause). */
    static boolean countsAgainstVendor(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiConnectionException) {
                return true;
            }
            if (t instanceof ApiException api && (api.statusCode() == 429 || api.statusCode() >= 500)) {
                return true;
            }
        }
        return false;
    }

    /** Why the client would refuse the campaign with nothing sent: its rules, STRICT mapping, or a feature it would drop. */
    private static Optional<String> refusal(CampaignClient client, Campaign campaign) {
        try {
            Set<Feature> dropped = client instanceof AbstractCampaignClient checked
                    ? checked.plan(campaign).dropped() : client.preview(campaign).dropped();
            if (!dropped.isEmpty()) {
                return Optional.of("it would drop " + dropped.stream().map(Feature::label)
                        .collect(Collectors.joining(", ")) + ", which the campaign uses");
            }
            return Optional.empty();
        } catch (CampaignValidationException | UnsupportedFeatureException | IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The campaign's groups, each with its campaign and the clients that may take it, in order. */
    private List<Group> groups(Campaign campaign) {
        Optional<Audience> audience = campaign.audience();
        if (audience.isEmpty() || audience.get().kind() != Audience.Kind.TARGETS) {
            return List.of(new Group(List.of(routes.get(0).client()), campaign, 0));
        }
        Audience all = audience.get();
        Map<List<Integer>, List<Target>> lists = new LinkedHashMap<>();
        Map<List<Integer>, Long> counts = new TreeMap<>(LEXICOGRAPHIC);
        for (Target t : all.targets()) {
            List<Integer> key = candidates(t);
            counts.merge(key, 1L, Long::sum);
            if (!all.isLazy()) {
                lists.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<List<Integer>, Long> e : counts.entrySet()) {
            List<Integer> key = e.getKey();
            Audience part = all.isLazy()
                    ? Audience.targets((Iterable<Target>) () -> StreamSupport.stream(all.targets().spliterator(), false)
                            .filter(t -> candidates(t).equals(key)).iterator())
                    : Audience.targets(lists.get(key));
            String suffix = "/route-" + key.stream().map(String::valueOf).collect(Collectors.joining("-"));
            Campaign.Builder b = campaign.toBuilder().audience(part);
            campaign.idempotencyKey().ifPresent(k -> b.idempotencyKey(k + suffix));
            groups.add(new Group(key.stream().map(clients::get).toList(), b.build(), e.getValue()));
        }
        return groups;
    }

    /** The positions, among the distinct clients, of those whose routes take this target, in route order. */
    private List<Integer> candidates(Target t) {
        List<Integer> found = new ArrayList<>(2);
        for (Route r : routes) {
            if (r.condition().isEmpty() || r.condition().get().matches(t)) {
                int index = clients.indexOf(r.client());
                if (!found.contains(index)) {
                    found.add(index);
                }
            }
        }
        return found;
    }

    private static final Comparator<List<Integer>> LEXICOGRAPHIC = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    /** A route: a client and the targets it takes (all, without a condition). */
    private record Route(CampaignClient client, Optional<RouteCondition> condition) {}

    /** A group: the clients that may take it in order, its campaign, and how many targets it holds. */
    private record Group(List<CampaignClient> candidates, Campaign campaign, long targets) {}

    /** Builds a {@link CampaignRouter}. Not thread-safe; the router it builds is. */
    public static final class Builder {
        private final List<Route> routes = new ArrayList<>();
        private CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.ofDefaults();
        private final Map<CampaignClient, UnaryOperator<Campaign>> adapters = new IdentityHashMap<>();

        private Builder() {}

        /**
         * Adds a route that takes every target; the router needs at least one.
         *
         * @param client the vendor's client; the router never closes it
         * @return this builder
         */
        public Builder route(CampaignClient client) {
            routes.add(new Route(Objects.requireNonNull(client, "client"), Optional.empty()));
            return this;
        }

        /**
         * Adds a route that takes the targets meeting a condition. A client may be on several
         * routes; it is tried once per group.
         *
         * @param client the vendor's client; the router never closes it
         * @param condition which targets it takes
         * @return this builder
         */
        public Builder route(CampaignClient client, RouteCondition condition) {
            routes.add(new Route(Objects.requireNonNull(client, "client"), Optional.of(Objects.requireNonNull(condition, "condition"))));
            return this;
        }

        /**
         * Adapts the campaign for one vendor before it is checked and sent: the fields only
         * that vendor needs or cannot take, such as Kore.ai's description and experience flow in
         * place of an agent id. The adapter may change anything but the audience and the
         * idempotency key, which the router sets per group.
         *
         * <pre>{@code
         * .adapt(callkaro, c -> c.toBuilder().agentId("agent-7").build())
         * .adapt(kore, c -> c.toBuilder().description("Renewals").callerId(CallerId.ofNumber("+14155550100"))
         *         .option(KoreOptions.builder().experienceFlowName("Renewals Flow").build()).build())
         * }</pre>
         *
         * @param client a client of one of the routes
         * @param adapter makes that vendor's campaign from the group's
         * @return this builder
         */
        public Builder adapt(CampaignClient client, UnaryOperator<Campaign> adapter) {
            adapters.put(Objects.requireNonNull(client, "client"), Objects.requireNonNull(adapter, "adapter"));
            return this;
        }

        /**
         * Configures every client's circuit breaker (Resilience4j's defaults otherwise: open at
         * a 50% failure rate over the last 100 creates, for 60 s).
         *
         * @param config Resilience4j's configuration
         * @return this builder
         */
        public Builder circuitBreaker(CircuitBreakerConfig config) {
            this.circuitBreaker = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * {@return the router}
         *
         * @throws IllegalStateException if there is no route, or every route has a condition (a
         *     target meeting none would have no vendor)
         */
        public CampaignRouter build() {
            if (routes.isEmpty()) {
                throw new IllegalStateException("a router needs at least one route: call route(client)");
            }
            if (routes.stream().allMatch(r -> r.condition().isPresent())) {
                throw new IllegalStateException("every route has a condition, so a target meeting none would have no vendor:"
                        + " add a last route without one, route(client)");
            }
            for (CampaignClient client : adapters.keySet()) {
                if (routes.stream().noneMatch(r -> r.client() == client)) {
                    throw new IllegalStateException("adapt(...) names a client (" + client.provider() + ") that no route has");
                }
            }
            return new CampaignRouter(routes, circuitBreaker, adapters);
        }
    }
}
