package dev.unidial.callkaro;

import dev.unidial.tck.CampaignPropertyContract;
import dev.unidial.tck.ProviderHarness;

class CallKaroPropertyTest extends CampaignPropertyContract {
    @Override
    protected ProviderHarness harness() {
        return new CallKaroHarness();
    }
}
