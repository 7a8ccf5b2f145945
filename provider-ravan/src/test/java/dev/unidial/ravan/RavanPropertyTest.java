package dev.unidial.ravan;

import dev.unidial.tck.CampaignPropertyContract;
import dev.unidial.tck.ProviderHarness;

class RavanPropertyTest extends CampaignPropertyContract {
    @Override
    protected ProviderHarness harness() {
        return new RavanHarness();
    }
}
