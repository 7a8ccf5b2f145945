package dev.unidial.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.Target;
import dev.unidial.internal.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever the audience, every target is in exactly one campaign or excluded, and included numbers are E.164. */
class ComplianceGatePropertyTest {

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(8).map(d -> "+9198" + d),          // India
                Arbitraries.strings().numeric().ofLength(8).map(d -> "098" + d),            // India, national
                Arbitraries.integers().between(0, 9999).map(i -> "+1212555" + String.format("%04d", i)),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(14).map(d -> "+" + d),  // anything
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12),                          // not a number
                Arbitraries.of("+919876543210", "+12125550123"));                             // duplicates
    }

    @Property(tries = 150)
    void every_target_is_in_exactly_one_campaign_or_excluded(@ForAll @Size(min = 1, max = 40) List<@net.jqwik.api.From("numbers") String> phones,
            @ForAll boolean suppressSome) {
        List<Target> targets = new ArrayList<>();
        phones.forEach(p -> targets.add(Target.of(p)));
        CompliancePolicy.Builder policy = CompliancePolicy.builder().defaultRegion("IN").localCallingHours(CallingHours.INDIA);
        if (suppressSome) {
            policy.suppress(Set.of("+919876543210"));
        }

        GateResult r = ComplianceGate.of(policy.build())
                .apply(Campaign.builder().name("P").agentId("a").audience(Audience.targets(targets)).build());

        long inCampaigns = r.campaigns().stream()
                .mapToLong(c -> c.audience().orElseThrow().targetList().orElseThrow().size()).sum();
        assertThat(inCampaigns + r.excluded().size()).isEqualTo(targets.size());
        assertThat(r.excluded()).extracting(Exclusion::index).doesNotHaveDuplicates();
        r.campaigns().forEach(c -> c.audience().orElseThrow().targets()
                .forEach(t -> assertThat(Violations.isE164(t.phone())).as(t.phone()).isTrue()));
    }
}
