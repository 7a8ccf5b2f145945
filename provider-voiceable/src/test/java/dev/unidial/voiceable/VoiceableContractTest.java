package dev.unidial.voiceable;

import dev.unidial.tck.CampaignClientContract;
import dev.unidial.tck.ProviderHarness;

class VoiceableContractTest extends CampaignClientContract {
    @Override
    protected ProviderHarness harness() {
        return new VoiceableHarness();
    }
}
