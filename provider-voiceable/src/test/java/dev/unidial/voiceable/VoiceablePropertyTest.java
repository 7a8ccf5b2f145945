package dev.unidial.voiceable;

import dev.unidial.Campaign;
import dev.unidial.tck.CampaignPropertyContract;
import dev.unidial.testkit.VendorSimulator;

class VoiceablePropertyTest extends CampaignPropertyContract {

    @Override
    protected VendorSimulator newSimulator() {
        return VendorSimulator.voiceable();
    }

    @Override
    protected Campaign validCampaign() {
        return VoiceableClientTest.campaign().build();
    }
}
