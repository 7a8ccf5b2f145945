package dev.unidial.compliance;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.internal.Sha256;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Applies a {@link CompliancePolicy} to a campaign before any client sees it: each inline
 * target's number is parsed and checked with libphonenumber, suppressed numbers are left out,
 * and the audience is split into one campaign per recipient time zone whose schedule (time
 * zone and windows) calls only within the policy's local hours there. Every target ends up in
 * exactly one returned campaign or in {@link GateResult#excluded()}, with its reason.
 *
 * <p>An audience of contact ids or contact lists passes through untouched (the gate cannot
 * see its numbers); {@link GateResult#passedThrough()} says so. A lazy audience stays lazy:
 * the split campaigns read the source again, deciding each target alike, and nothing is held
 * per target (duplicates in a lazy audience are left to the client's own duplicate check).
 * Thread-safe; each {@link #apply} reads the suppression list once.
 */
public final class ComplianceGate {
    private final CompliancePolicy policy;
    private final Clock clock;

    private ComplianceGate(CompliancePolicy policy, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@return a gate for this policy}
     *
     * @param policy what to enforce
     */
    public static ComplianceGate of(CompliancePolicy policy) {
        return new ComplianceGate(policy, Clock.systemUTC());
    }

    /**
     * {@return a gate whose zone offsets are read at this clock's time}
     *
     * @param policy what to enforce
     * @param clock when offsets are read (the day the campaign runs matters where clocks change)
     */
    public static ComplianceGate of(CompliancePolicy policy, Clock clock) {
        return new ComplianceGate(policy, clock);
    }

    /**
     * Applies the policy.
     *
     * @param campaign the campaign, before any client validates it
     * @return the campaigns to create, one per zone, and every target left out
     */
    public GateResult apply(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        Audience audience = campaign.audience().orElse(null);
        if (audience == null || audience.kind() != Audience.Kind.TARGETS) {
            return GateResult.passedThrough(campaign);
        }
        Instant from = campaign.schedule().startAt().map(OffsetDateTime::toInstant).orElse(clock.instant());
        NumberCheck check = new NumberCheck(policy, snapshot(), campaign.schedule(), from);
        if (audience.isLazy()) {
            return lazy(campaign, audience.targets(), check);
        }
        Map<NumberCheck.GroupKey, List<Target>> groups = new LinkedHashMap<>();
        Set<String> notes = new LinkedHashSet<>();
        List<Exclusion> excluded = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long index = 0;
        for (Target t : audience.targets()) {
            Objects.requireNonNull(t, "audience.targets[" + index + "] is null");
            NumberCheck.Decision d = check.decide(t);
            if (d.included() && !seen.add(d.target().phone())) {
                d = NumberCheck.Decision.out(ExclusionReason.DUPLICATE, d.target().phone() + " came earlier in the audience");
            }
            if (d.included()) {
                groups.computeIfAbsent(d.group(), g -> new ArrayList<>()).add(d.target());
                d.narrowing().ifPresent(notes::add);
            } else {
                excluded.add(new Exclusion(index, t, d.reason(), d.detail()));
            }
            index++;
        }
        Splits splits = new Splits(campaign);
        groups.forEach((g, targets) -> splits.add(g, Audience.targets(targets), targets.size()));
        Map<ExclusionReason, Long> counts = excluded.stream()
                .collect(Collectors.groupingBy(Exclusion::reason, () -> new EnumMap<>(ExclusionReason.class), Collectors.counting()));
        return GateResult.of(splits, excluded, null, counts, List.copyOf(notes));
    }

    private GateResult lazy(Campaign campaign, Iterable<Target> source, NumberCheck check) {
        // One counting pass; the split campaigns and the exclusions read the source again.
        Map<NumberCheck.GroupKey, Long> groups = new LinkedHashMap<>();
        Map<ExclusionReason, Long> counts = new EnumMap<>(ExclusionReason.class);
        Set<String> notes = new LinkedHashSet<>();
        for (Target t : source) {
            NumberCheck.Decision d = check.decide(t);
            if (d.included()) {
                groups.merge(d.group(), 1L, Long::sum);
                d.narrowing().ifPresent(notes::add);
            } else {
                counts.merge(d.reason(), 1L, Long::sum);
            }
        }
        Splits splits = new Splits(campaign);
        groups.forEach((g, n) -> {
            Iterable<Target> view = () -> new FilteringIterator<>(source.iterator(), t -> {
                NumberCheck.Decision d = check.decide(t);
                return d.included() && d.group().equals(g) ? d.target() : null;
            });
            splits.add(g, Audience.targets(view), n);
        });
        Iterable<Exclusion> exclusions = () -> new FilteringIterator<>(source.iterator(), new Function<Target, Exclusion>() {
            private long index;

            @Override
            public Exclusion apply(Target t) {
                NumberCheck.Decision d = check.decide(t);
                long at = index++;
                return d.included() ? null : new Exclusion(at, t, d.reason(), d.detail());
            }
        });
        return GateResult.of(splits, null, exclusions, counts, List.copyOf(notes));
    }

    /**
     * The campaigns made from one, each named {@code base · zone} (with {@code · 2}, … when a
     * zone has several sets of windows), and how many targets each zone holds.
     */
    static final class Splits {
        final Campaign base;
        final List<Campaign> campaigns = new ArrayList<>();
        final List<String> nameSuffixes = new ArrayList<>();
        final Map<ZoneId, Long> perZone = new LinkedHashMap<>();
        private final Map<String, Integer> names = new HashMap<>();

        Splits(Campaign base) {
            this.base = base;
        }

        void add(NumberCheck.GroupKey g, Audience audience, long targets) {
            String suffix = " · " + g.zone().getId();
            int n = names.merge(suffix, 1, Integer::sum);
            if (n > 1) {
                suffix = suffix + " · " + n;
            }
            Schedule.Builder schedule = Schedule.builder().timeZone(g.zone());
            base.schedule().startAt().ifPresent(schedule::startAt);
            g.windows().forEach(schedule::window);
            Campaign.Builder split = base.toBuilder().name(base.name() + suffix).audience(audience).schedule(schedule.build());
            // Each part is its own create: it gets its own key, stable across runs of the gate.
            base.idempotencyKey().ifPresent(k -> split.idempotencyKey(k + "/" + g.zone().getId() + "/" + windowsHash(g)));
            campaigns.add(split.build());
            nameSuffixes.add(suffix);
            perZone.merge(g.zone(), targets, Long::sum);
        }
    }

    /** A short, stable name for a group's windows, for the part's idempotency key. */
    private static String windowsHash(NumberCheck.GroupKey g) {
        return HexFormat.of().formatHex(Sha256.of(g.windows().toString()), 0, 4);
    }

    private Predicate<String> snapshot() {
        return Objects.requireNonNull(policy.suppression().snapshot(), "the suppression list's snapshot");
    }
}
