package dev.unidial.kore;

import dev.unidial.Campaign;
import dev.unidial.Audience;
import dev.unidial.testkit.KoreSimulator;
import dev.unidial.tck.CampaignPropertyContract;
import dev.unidial.testkit.VendorSimulator;

class KorePropertyTest extends CampaignPropertyContract {

    @Override
    protected VendorSimulator newSimulator() {
        return VendorSimulator.kore();
    }

    @Override
    protected Campaign.Builder withVendorOptions(Campaign.Builder b, int draw) {
        Campaign drawn = b.build();
        if (drawn.audience().filter(a -> a.kind() == Audience.Kind.CONTACT_LISTS).isPresent()
                && drawn.audience().get().contactLists().stream().noneMatch(String::isBlank)) {
            // Which lists exist is the vendor's state, not a rule the SDK can check: name one that exists.
            b.audience(Audience.contactLists(java.util.List.of(KoreSimulator.SEEDED_LIST)));
        }
        KoreDialingMode[] modes = {KoreDialingMode.AGENTLESS, KoreDialingMode.AGENTLESS, KoreDialingMode.PROGRESSIVE,
            KoreDialingMode.PREVIEW};
        KoreOptions.Builder options = KoreOptions.builder().dialingMode(modes[Math.floorMod(draw, modes.length)]);
        if (draw % 5 != 0) {
            options.experienceFlowName("Voice Survey Entry Flow");
        }
        return b.option(options.build());
    }

    @Override
    protected Campaign validCampaign() {
        return KoreFixtures.sample().toBuilder().audience(Audience.contactLists(java.util.List.of(KoreSimulator.SEEDED_LIST))).build();
    }
}
