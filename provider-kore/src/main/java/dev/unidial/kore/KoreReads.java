package dev.unidial.kore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unidial.CallResult;
import dev.unidial.CampaignSnapshot;
import dev.unidial.http.Transport;
import dev.unidial.spi.Pages;
import java.util.stream.Stream;

/** Kore.ai's campaigns read back in neutral terms: one campaign, the paged list, the paged results, the triggers. */
final class KoreReads {
    /** Campaigns per page of {@code getAllCampaignDetails}. */
    private static final int PAGE_SIZE = 50;
    /** Contacts per page of {@code view=contacts}: Kore's most. */
    private static final int RESULTS_PAGE_SIZE = 100;

    private final KoreApi api;
    private final Transport transport;

    KoreReads(KoreApi api, Transport transport) {
        this.api = api;
        this.transport = transport;
    }

    CampaignSnapshot get(String campaignId) {
        KoreCampaign campaign = api.getCampaign(campaignId);
        return KoreCampaignMapper.snapshot(campaign, tree(campaign));
    }

    Stream<CampaignSnapshot> list() {
        return Pages.stream(index -> {
            KorePage<KoreCampaign> page = api.listCampaigns(index + 1, PAGE_SIZE);
            return new Pages.Page<>(page.results().stream().map(c -> KoreCampaignMapper.snapshot(c, tree(c))).toList(),
                    page.hasMore());
        }, CampaignSnapshot::id);
    }

    CampaignSnapshot play(String campaignId) {
        KoreTriggerResult result = api.startCampaign(campaignId);
        return KoreCampaignMapper.snapshot(campaignId, result, tree(result));
    }

    CampaignSnapshot stop(String campaignId) {
        KoreTriggerResult result = api.stopCampaign(campaignId);
        return KoreCampaignMapper.snapshot(campaignId, result, tree(result));
    }

    Stream<CallResult> results(String campaignId) {
        return Pages.stream(index -> {
            KorePage<KoreContactResult> page = api.campaignContacts(campaignId, index + 1, RESULTS_PAGE_SIZE);
            boolean more = page.totalPages().map(total -> index + 1 < total)
                    .orElse(page.results().size() == RESULTS_PAGE_SIZE);
            return new Pages.Page<>(page.results().stream().map(r -> KoreCampaignMapper.result(r, tree(r))).toList(), more);
        }, r -> r.callId().orElse(r.phone()));
    }

    private JsonNode tree(Object wire) {
        return transport.json().toTree(wire);
    }
}
