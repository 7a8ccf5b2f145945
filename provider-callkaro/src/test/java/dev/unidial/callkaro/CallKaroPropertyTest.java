package dev.unidial.callkaro;

import dev.unidial.Campaign;
import dev.unidial.tck.CampaignPropertyContract;
import dev.unidial.testkit.VendorSimulator;

class CallKaroPropertyTest extends CampaignPropertyContract {

    @Override
    protected VendorSimulator newSimulator() {
        return VendorSimulator.callkaro();
    }

    @Override
    protected Campaign.Builder withVendorOptions(Campaign.Builder b, int draw) {
        String[] languages = {"hi", "en", "ta", "fr", ""};
        return draw % 3 == 0 ? b : b.option(CallKaroOptions.none().language(languages[Math.floorMod(draw, languages.length)]));
    }

    @Override
    protected Campaign validCampaign() {
        return Campaign.builder().name("Renewals").agentId("agent_sales_id").audience(dev.unidial.Audience.targets(dev.unidial.Target.of("+919876543210"))).build();
    }
}
