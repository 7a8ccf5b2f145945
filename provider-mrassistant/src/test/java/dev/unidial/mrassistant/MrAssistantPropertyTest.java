package dev.unidial.mrassistant;

import dev.unidial.tck.CampaignPropertyContract;
import dev.unidial.tck.ProviderHarness;

class MrAssistantPropertyTest extends CampaignPropertyContract {
    @Override
    protected ProviderHarness harness() {
        return new MrAssistantHarness();
    }
}
