package dev.unidial.mrassistant;

import dev.unidial.tck.CampaignClientContract;
import dev.unidial.tck.ProviderHarness;

class MrAssistantContractTest extends CampaignClientContract {
    @Override
    protected ProviderHarness harness() {
        return new MrAssistantHarness();
    }
}
