package dev.unidial.kore;

import dev.unidial.CallResult;
import dev.unidial.CampaignSnapshot;
import dev.unidial.http.Parsed;
import dev.unidial.spi.PagedStreams;
import java.util.stream.Stream;

/** Kore.ai's campaigns read back in neutral terms: one campaign, the paged list, the paged results, the triggers. */
final class KoreReads {
    /** Campaigns per page of {@code getAllCampaignDetails}. */
    private static final int PAGE_SIZE = 50;
    /** Contacts per page of {@code view=contacts}: Kore's most. */
    private static final int RESULTS_PAGE_SIZE = 100;

    private final KoreApi api;

    KoreReads(KoreApi api) {
        this.api = api;
    }

    CampaignSnapshot get(String campaignId) {
        return api.campaign(campaignId).map(KoreCampaignMapper::snapshot);
    }

    Stream<CampaignSnapshot> list() {
        return PagedStreams.stream(index -> {
            KorePage<Parsed<KoreCampaign>> page = api.campaigns(index + 1, PAGE_SIZE);
            return new PagedStreams.Page<>(page.results().stream().map(c -> c.map(KoreCampaignMapper::snapshot)).toList(),
                    page.hasMore());
        }, CampaignSnapshot::id);
    }

    CampaignSnapshot play(String campaignId) {
        return api.trigger(campaignId, "play").map((result, raw) -> KoreCampaignMapper.snapshot(campaignId, result, raw));
    }

    CampaignSnapshot stop(String campaignId) {
        return api.trigger(campaignId, "stop").map((result, raw) -> KoreCampaignMapper.snapshot(campaignId, result, raw));
    }

    Stream<CallResult> results(String campaignId) {
        return PagedStreams.stream(index -> {
            KorePage<Parsed<KoreContactResult>> page = api.contactResults(campaignId, index + 1, RESULTS_PAGE_SIZE);
            boolean more = page.totalPages().map(total -> index + 1 < total)
                    .orElse(page.results().size() == RESULTS_PAGE_SIZE);
            return new PagedStreams.Page<>(page.results().stream().map(r -> r.map(KoreCampaignMapper::result)).toList(), more);
        }, r -> r.callId().orElse(r.phone()));
    }
}
