package dev.unidial.ravan;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.Campaign;
import java.util.List;

/** Fixtures written from Ravan's create-campaign page, in our own words. */
final class RavanFixtures {
    private RavanFixtures() {}

    static final String AGENT = "019e92f8-f032-7fb7-b294-508f4167618e";
    static final String PHONE_ID = "019e92f4-097d-7a52-b5e5-fa7e0dd0761f";
    static final String FROM = "+918035088113";

    static Campaign campaign() {
        return Campaign.builder()
                .name("Q4 Outreach")
                .agentId(AGENT)
                .callerId(CallerId.of(FROM, PHONE_ID))
                .audience(Audience.contactIds(List.of("c-101", "c-102")))
                .build();
    }

    static String created(String id) {
        return """
            {"success": true, "message": "Campaign created successfully",
             "data": {"id": "%s", "organizationId": "95a4e479-03a7-4f1b-834d-8705756e8e59",
               "name": "Q4 Outreach", "agentId": "%s", "phoneNumberId": "%s", "fromPhoneNumber": "%s",
               "status": "draft", "executionStatus": "draft",
               "schedule": {"windowStart": "09:00", "windowEnd": "17:00", "windowDays": [1,2,3,4,5],
                            "timezone": "Asia/Kolkata", "maxConcurrent": 1, "retryAttempts": 2, "retryGapMin": 30},
               "contactStats": {"total": 2, "contacted": 0, "successful": 0, "failed": 0, "noAnswer": 0,
                                "pending": 2, "inProgress": 0},
               "createdAt": "2026-06-12T13:04:41Z", "updatedAt": "2026-06-12T13:04:41Z",
               "outboundMaxConcurrent": 5, "outboundMaxCps": 1, "launchNote": "kept"}}
            """.formatted(id, AGENT, PHONE_ID, FROM);
    }
}
