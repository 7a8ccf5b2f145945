package dev.unidial.callkaro;

import dev.unidial.tck.CampaignClientContract;
import dev.unidial.tck.ProviderHarness;

class CallKaroContractTest extends CampaignClientContract {
    @Override
    protected ProviderHarness harness() {
        return new CallKaroHarness();
    }
}
