package dev.unidial.ravan;

import dev.unidial.tck.CampaignClientContract;
import dev.unidial.tck.ProviderHarness;

class RavanContractTest extends CampaignClientContract {
    @Override
    protected ProviderHarness harness() {
        return new RavanHarness();
    }
}
