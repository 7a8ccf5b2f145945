package dev.unidial.mrassistant;

import dev.unidial.Campaign;
import dev.unidial.tck.CampaignPropertyContract;
import dev.unidial.testkit.VendorSimulator;

class MrAssistantPropertyTest extends CampaignPropertyContract {

    @Override
    protected VendorSimulator newSimulator() {
        return VendorSimulator.mrassistant();
    }

    @Override
    protected Campaign validCampaign() {
        return MrAssistantSimulatorTest.campaign();
    }
}
