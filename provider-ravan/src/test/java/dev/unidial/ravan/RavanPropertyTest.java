package dev.unidial.ravan;

import dev.unidial.Campaign;
import dev.unidial.tck.CampaignPropertyContract;
import dev.unidial.testkit.VendorSimulator;

class RavanPropertyTest extends CampaignPropertyContract {

    @Override
    protected VendorSimulator newSimulator() {
        return VendorSimulator.ravan();
    }

    @Override
    protected Campaign validCampaign() {
        return RavanFixtures.campaign();
    }
}
