package dev.unidial.kore;

import dev.unidial.tck.CampaignClientContract;
import dev.unidial.tck.ProviderHarness;

class KoreContractTest extends CampaignClientContract {
    @Override
    protected ProviderHarness harness() {
        return new KoreHarness();
    }
}
