package dev.unidial.examples;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CampaignValidationException;
import dev.unidial.Feature;
import dev.unidial.Target;
import dev.unidial.UnsupportedFeatureException;
import dev.unidial.Violation;
import dev.unidial.spi.ProviderDescriptor;
import dev.unidial.testkit.VendorSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What each vendor requires beyond a name and an audience, found the way a newcomer would
 * find it, but all at once: the smallest campaign is previewed against the vendor's rules
 * and every violation is listed. The vendor pages in {@code docs/vendors/} carry this table,
 * kept equal to the code by a test.
 */
public final class RequiredFields {
    private RequiredFields() {}

    /** Prints one vendor's table ({@code RequiredFields kore}), or with no argument the README's table of vendors. */
    public static void main(String[] args) {
        System.out.print(args.length == 0 ? vendorsMarkdown() : markdown(args[0]));
    }

    /** {@return the vendor's required fields as a Markdown table, with the audience it takes} */
    public static String markdown(String provider) {
        Campaign smallest = smallest();
        StringBuilder b = new StringBuilder();
        List<Violation> violations = violations(provider, smallest);
        if (violations == null) {
            b.append("Inline numbers are not an audience ").append(displayName(provider))
                    .append(" takes; the table is for a campaign of contact ids.\n\n");
            violations = violations(provider, smallest.toBuilder().audience(Audience.contactIds(List.of("contact-1"))).build());
        }
        b.append("| Field | Rule |\n|---|---|\n");
        for (Violation v : violations) {
            b.append("| `").append(v.path()).append("` | ").append(v.message().replace("|", "\\|")).append(" |\n");
        }
        if (violations.isEmpty()) {
            b.append("| – | nothing beyond a name and an audience |\n");
        }
        return b.toString();
    }

    /**
     * {@return the README's table of vendors: each one's artifact, what it needs besides a name
     * and an audience, and its page}
     */
    public static String vendorsMarkdown() {
        StringBuilder b = new StringBuilder("| Vendor | Artifact | Needs besides a name and an audience | Page |\n|---|---|---|---|\n");
        for (String provider : CapabilityMatrix.PROVIDERS) {
            Campaign smallest = smallest();
            List<Violation> violations = violations(provider, smallest);
            List<String> needs = new ArrayList<>();
            if (violations == null) {
                needs.add("contact ids, not inline numbers");
                violations = violations(provider, smallest.toBuilder().audience(Audience.contactIds(List.of("contact-1"))).build());
            }
            violations.stream().map(v -> "`" + v.path() + "`").distinct().forEach(needs::add);
            b.append("| ").append(displayName(provider)).append(" | `unidial-").append(provider).append("` | ")
                    .append(needs.isEmpty() ? "nothing more" : String.join(", ", needs))
                    .append(" | [").append(provider).append(".md](docs/vendors/").append(provider).append(".md) |\n");
        }
        return b.toString();
    }

    private static Campaign smallest() {
        return Campaign.builder().name("Renewal reminders").audience(Audience.targets(List.of(Target.of("+14155550100"))))
                .build();
    }

    /** The violations of the campaign on this vendor; null when the vendor cannot take its audience. */
    private static List<Violation> violations(String provider, Campaign campaign) {
        try (VendorSimulator simulator = simulator(provider).get();
             CampaignClient client = CampaignClients.create(provider, simulator.settings())) {
            client.preview(campaign);
            return List.of();
        } catch (CampaignValidationException e) {
            return new ArrayList<>(e.violations());
        } catch (UnsupportedFeatureException e) {
            if (e.features().contains(Feature.INLINE_TARGETS)) {
                return null;
            }
            throw e;
        }
    }

    private static Supplier<VendorSimulator> simulator(String provider) {
        return switch (provider) {
            case "callkaro" -> VendorSimulator::callkaro;
            case "voiceable" -> VendorSimulator::voiceable;
            case "mrassistant" -> VendorSimulator::mrassistant;
            case "kore" -> VendorSimulator::kore;
            case "ravan" -> VendorSimulator::ravan;
            default -> throw new IllegalArgumentException("no simulator for " + provider);
        };
    }

    private static String displayName(String provider) {
        return ProviderDescriptor.find(provider).displayName();
    }
}
