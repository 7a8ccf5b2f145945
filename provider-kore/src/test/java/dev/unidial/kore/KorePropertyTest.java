package dev.unidial.kore;

import dev.unidial.tck.CampaignPropertyContract;
import dev.unidial.tck.ProviderHarness;

class KorePropertyTest extends CampaignPropertyContract {
    @Override
    protected ProviderHarness harness() {
        return new KoreHarness();
    }
}
