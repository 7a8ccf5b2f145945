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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * each number is parsed once, in a counting pass that keeps four bytes per target (its
 * campaign, and a short hash of its number); the split campaigns and the exclusions read the
 * source again and replay those records, and a source that comes back in another order is
 * refused with {@link IllegalStateException} rather than putting a target in another zone's
 * campaign. Duplicates in a lazy audience are left to the client's own duplicate check.
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
        // One counting pass that decides each target and keeps a record of it; the split campaigns
        // and the exclusions read the source again and replay the records instead of deciding again.
        Map<NumberCheck.GroupKey, Integer> groups = new LinkedHashMap<>();
        List<Long> groupSizes = new ArrayList<>();
        Map<ExclusionReason, Long> counts = new EnumMap<>(ExclusionReason.class);
        Set<String> notes = new LinkedHashSet<>();
        GateRecords records = new GateRecords();
        for (Target t : source) {
            NumberCheck.Decision d = check.decide(t);
            if (d.included()) {
                Integer g = groups.get(d.group());
                if (g == null) {
                    g = groups.size();
                    groups.put(d.group(), g);
                    groupSizes.add(0L);
                }
                groupSizes.set(g, groupSizes.get(g) + 1);
                d.narrowing().ifPresent(notes::add);
                if (records != null && g < GateRecords.MAX_GROUPS) {
                    boolean asWritten = t.phone().equals(d.target().phone());
                    int dropped = asWritten ? 0 : check.droppedDigits(t.phone(), d.target().phone());
                    records.add(g, asWritten ? GateRecords.AS_WRITTEN : dropped >= 0 ? GateRecords.DIGITS : GateRecords.PARSE,
                            Math.max(dropped, 0), t.phone());
                } else {
                    records = null;
                }
            } else {
                counts.merge(d.reason(), 1L, Long::sum);
                if (records != null) {
                    records.add(GateRecords.EXCLUDED, GateRecords.AS_WRITTEN, 0, t.phone());
                }
            }
        }
        Splits splits = new Splits(campaign);
        GateRecords replay = records;
        groups.forEach((key, g) -> {
            Iterable<Target> view = replay == null
                    ? () -> new FilteringIterator<>(source.iterator(), t -> {
                        NumberCheck.Decision d = check.decide(t);
                        return d.included() && d.group().equals(key) ? d.target() : null;
                    })
                    : () -> {
                        Replay read = new Replay(source.iterator(), replay);
                        return new FilteringIterator<>(read, t -> GateRecords.group(read.record()) == g
                                ? check.inE164(t, read.record()) : null);
                    };
            splits.add(key, Audience.targets(view), groupSizes.get(g));
        });
        Iterable<Exclusion> exclusions = () -> {
            Replay read = replay == null ? null : new Replay(source.iterator(), replay);
            long[] index = {0};
            return new FilteringIterator<>(read == null ? source.iterator() : read, t -> {
                long at = index[0]++;
                if (read != null && GateRecords.group(read.record()) != GateRecords.EXCLUDED) {
                    return null;
                }
                // Only the few left out are decided again, for their reason's words.
                NumberCheck.Decision d = check.decide(t);
                return d.included() ? null : new Exclusion(at, t, d.reason(), d.detail());
            });
        };
        return GateResult.of(splits, null, exclusions, counts, List.copyOf(notes));
    }

    /**
     * The source read again beside the counting pass's records: each target comes with its
     * {@link #record()}. A source that comes back with another target at a position, or with
     * more or fewer targets, is refused: its targets would otherwise go to another zone's campaign.
     */
    private static final class Replay implements Iterator<Target> {
        private final Iterator<Target> source;
        private final GateRecords records;
        private long position;
        private int record;

        Replay(Iterator<Target> source, GateRecords records) {
            this.source = source;
            this.records = records;
        }

        /** {@return the record of the target {@link #next()} gave last} */
        int record() {
            return record;
        }

        @Override
        public boolean hasNext() {
            if (source.hasNext()) {
                return true;
            }
            if (position != records.size()) {
                throw changed(records.size() + " targets when the gate counted them, " + position + " now");
            }
            return false;
        }

        @Override
        public Target next() {
            Target t = source.next();
            if (position >= records.size()) {
                throw changed("more targets than the " + records.size() + " the gate counted");
            }
            record = records.record(position);
            if (!GateRecords.sameNumber(record, t.phone())) {
                throw changed("another target at position " + position + " than when the gate counted");
            }
            position++;
            return t;
        }

        private static IllegalStateException changed(String what) {
            return new IllegalStateException("The audience's source gave " + what + ": a lazy audience must give the same"
                    + " targets in the same order each time it is read (a query needs an ORDER BY), or its targets would"
                    + " land in another zone's campaign");
        }
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
