package dev.unidial.voiceable;

import dev.unidial.tck.CampaignPropertyContract;
import dev.unidial.tck.ProviderHarness;

class VoiceablePropertyTest extends CampaignPropertyContract {
    @Override
    protected ProviderHarness harness() {
        return new VoiceableHarness();
    }
}
