package dev.unidial.kore;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** The campaign of Kore's create-page sample, described with the neutral model. */
final class KoreFixtures {
    private KoreFixtures() {}

    static final String APP_ID = "st-0603182c-7ffb-53c3-b307-47ca14b9a001";
    static final String ACCOUNT_ID = "67777ce93e25326494e9a001";

    static Campaign sample() {
        return Campaign.builder()
                .name("Product Feedback Voice Campaign")
                .description("Short survey on a recent purchase: satisfaction, usage and ideas for improvement.")
                .audience(Audience.contactLists(List.of("Recent Buyers - Q2 2025")))
                .priority(5)
                .callerId(CallerId.ofNumber("+15101234567"))
                .schedule(Schedule.builder().timeZone(ZoneId.of("Asia/Kolkata"))
                        .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))).build())
                .retryPolicy(RetryPolicy.of(2, Duration.ofMinutes(10)))
                .maxRingTime(Duration.ofSeconds(30))
                .machineDetection(false)
                .option(KoreOptions.builder().experienceFlowName("Voice Survey Entry Flow").build())
                .build();
    }

    static String created(String id) {
        return """
            {"status": "success", "message": "Campaign creation in progress",
             "data": {"name": "Product Feedback Voice Campaign", "lname": "product feedback voice campaign",
                      "priority": "5", "dialingMode": "Agentless", "experienceFlow": "cf-ecfa3927",
                      "status": "Preparing", "createdAt": "2025-06-26T10:31:37.861Z", "id": "%s",
                      "contactLists": ["Recent Buyers - Q2 2025"], "enableMachineDetect": false}}
            """.formatted(id);
    }
}
