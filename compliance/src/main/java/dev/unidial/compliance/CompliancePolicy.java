package dev.unidial.compliance;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.unidial.internal.Violations;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the {@link ComplianceGate} enforces: how national numbers are read, the local hours
 * recipients may be called in, the numbers never to call, the regions and number types
 * allowed. Immutable; build one with {@link #builder()}.
 */
public final class CompliancePolicy {
    private final String defaultRegion;
    private final CallingHours hours;
    private final SuppressionList suppression;
    private final Set<String> allowedRegions;
    private final Set<PhoneNumberType> refusedTypes;

    private CompliancePolicy(Builder b) {
        this.defaultRegion = b.defaultRegion;
        this.hours = Objects.requireNonNull(b.hours, "localCallingHours is required");
        this.suppression = b.suppression instanceof InMemorySuppressionList memory
                ? memory.normalise(Optional.ofNullable(b.defaultRegion)) : b.suppression;
        this.allowedRegions = Set.copyOf(b.allowedRegions);
        this.refusedTypes = Set.copyOf(b.refusedTypes);
    }

    /** {@return a builder; {@link Builder#localCallingHours} is required} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the region national numbers are read in (ISO 3166 code such as {@code IN}), when set} */
    public Optional<String> defaultRegion() {
        return Optional.ofNullable(defaultRegion);
    }

    /** {@return the hours each recipient may be called in, in the recipient's local time} */
    public CallingHours localCallingHours() {
        return hours;
    }

    /** {@return the numbers never to call} */
    public SuppressionList suppression() {
        return suppression;
    }

    /** {@return the regions calls may go to; empty means every region} */
    public Set<String> allowedRegions() {
        return allowedRegions;
    }

    /** {@return the number types refused; premium rate by default} */
    public Set<PhoneNumberType> refusedNumberTypes() {
        return refusedTypes;
    }

    @Override
    public String toString() {
        return "CompliancePolicy[hours=" + hours.start() + "–" + hours.end() + ", defaultRegion=" + defaultRegion
                + ", allowedRegions=" + allowedRegions + ", refused=" + refusedTypes + "]";
    }

    /** Builds a {@link CompliancePolicy}. */
    public static final class Builder {
        private String defaultRegion;
        private CallingHours hours;
        private SuppressionList suppression = SuppressionList.none();
        private final Set<String> allowedRegions = new TreeSet<>();
        private final Set<PhoneNumberType> refusedTypes = EnumSet.of(PhoneNumberType.PREMIUM_RATE);

        private Builder() {}

        /**
         * Reads numbers without a {@code +} as national numbers of this region, in the audience
         * and in the do-not-call list. Checked by {@link #build()}.
         *
         * @param region an ISO 3166 code that libphonenumber knows, such as {@code IN}, {@code US} or {@code GB}
         * @return this builder
         */
        public Builder defaultRegion(String region) {
            this.defaultRegion = Objects.requireNonNull(region, "region").toUpperCase(Locale.ROOT);
            return this;
        }

        /**
         * Calls each recipient only within these hours of its own local time.
         *
         * @param hours the hours, such as {@link CallingHours#US_FEDERAL}
         * @return this builder
         */
        public Builder localCallingHours(CallingHours hours) {
            this.hours = Objects.requireNonNull(hours, "hours");
            return this;
        }

        /**
         * As {@link #localCallingHours(CallingHours)}.
         *
         * @param start the first minute calls may start
         * @param end when calling must stop
         * @return this builder
         */
        public Builder localCallingHours(LocalTime start, LocalTime end) {
            return localCallingHours(new CallingHours(start, end));
        }

        /**
         * Never calls these numbers. They are read by {@link #build()}, which throws when one is
         * not a valid phone number.
         *
         * @param numbers E.164 or national numbers (read with the default region)
         * @return this builder
         */
        public Builder suppress(Collection<String> numbers) {
            return suppress(SuppressionList.of(numbers));
        }

        /**
         * Never calls the numbers of this list.
         *
         * @param list the list, such as one backed by your database
         * @return this builder
         */
        public Builder suppress(SuppressionList list) {
            this.suppression = Objects.requireNonNull(list, "list");
            return this;
        }

        /**
         * Calls only numbers of these regions.
         *
         * @param regions ISO 3166 codes such as {@code IN}, {@code US}
         * @return this builder
         */
        public Builder allowedRegions(String... regions) {
            for (String r : regions) {
                allowedRegions.add(r.toUpperCase(Locale.ROOT));
            }
            return this;
        }

        /**
         * Refuses numbers of these types (replacing the default, premium rate).
         *
         * @param types libphonenumber's types, such as {@code PREMIUM_RATE}, {@code SHARED_COST}
         * @return this builder
         */
        public Builder refuseNumberTypes(Set<PhoneNumberType> types) {
            refusedTypes.clear();
            refusedTypes.addAll(types);
            return this;
        }

        /**
         * {@return the policy} The do-not-call entries given as numbers or a file are read here.
         *
         * @throws IllegalArgumentException if the default region or an allowed region is not a
         *     region libphonenumber knows (the UK is {@code GB}), or if a do-not-call entry is not
         *     one valid phone number: the message counts such entries and shows the first few
         * @throws NullPointerException if no calling hours were set
         */
        public CompliancePolicy build() {
            Set<String> known = PhoneNumberUtil.getInstance().getSupportedRegions();
            if (defaultRegion != null && !known.contains(defaultRegion)) {
                throw new IllegalArgumentException("defaultRegion '" + Violations.printable(defaultRegion) + "' is not a"
                        + " region libphonenumber knows: use an ISO 3166 code such as IN, US or GB (not UK)");
            }
            Set<String> unknown = new TreeSet<>(allowedRegions);
            unknown.removeAll(known);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("allowedRegions " + unknown + " are not regions libphonenumber"
                        + " knows: use ISO 3166 codes such as IN, US or GB (not UK)");
            }
            return new CompliancePolicy(this);
        }
    }
}
