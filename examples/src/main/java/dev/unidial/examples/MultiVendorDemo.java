package dev.unidial.examples;

import dev.unidial.Audience;
import dev.unidial.CallerId;
import dev.unidial.CallingWindow;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClients;
import dev.unidial.CreatedCampaign;
import dev.unidial.RetryPolicy;
import dev.unidial.Schedule;
import dev.unidial.Target;
import dev.unidial.UnidialException;
import dev.unidial.WireRequest;
import dev.unidial.callkaro.CallKaroOptions;
import dev.unidial.kore.KoreOptions;
import dev.unidial.testkit.VendorSimulator;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One campaign, described once, sent to all five vendors. For each: what would be sent
 * (from {@code preview}), what STRICT says, then the created campaign under LENIENT (id,
 * status, every dropped feature) or the typed error. Runs against the simulators unless a
 * vendor's key is in the environment.
 */
public final class MultiVendorDemo {
    private MultiVendorDemo() {}

    /** The campaign every vendor gets. */
    static Campaign campaign() {
        return Campaign.builder()
                .name("Renewal reminders")
                .description("Reminds customers that their plan renews next week")
                .agentId("3c90c3cc-0d44-4b50-8888-8dd25736052a")
                .callerId(CallerId.of("+15101234567", "1"))
                .audience(Audience.targets(
                        Target.of("+919876543210", Map.of("name", "Asha", "plan", "Gold")),
                        Target.of("+919876543211", Map.of("name", "Ravi", "plan", "Silver"))))
                .schedule(Schedule.builder()
                        .startAt(OffsetDateTime.parse("2030-01-07T09:00:00+05:30"))
                        .timeZone(ZoneId.of("Asia/Kolkata"))
                        .window(CallingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)))
                        .build())
                .retryPolicy(RetryPolicy.of(2, Duration.ofMinutes(30)))
                .priority(3)
                .variables(Map.of("brand", "Acme Telecom"))
                .option(KoreOptions.builder().experienceFlowName("Renewal Reminder Flow").build())
                .option(CallKaroOptions.builder().language("en").build())
                .build();
    }

    /** Runs the demo. */
    public static void main(String[] args) {
        Map<String, Supplier<? extends VendorSimulator>> vendors = new LinkedHashMap<>();
        vendors.put("callkaro", VendorSimulator::callkaro);
        vendors.put("voiceable", VendorSimulator::voiceable);
        vendors.put("mrassistant", VendorSimulator::mrassistant);
        vendors.put("kore", VendorSimulator::kore);
        vendors.put("ravan", VendorSimulator::ravan);

        Campaign campaign = campaign();
        System.out.println("Unidial demo: one campaign, five vendors.");
        System.out.println("Campaign: " + campaign);
        int created = 0;
        for (Map.Entry<String, Supplier<? extends VendorSimulator>> vendor : vendors.entrySet()) {
            try (Sandbox sandbox = Sandbox.of(vendor.getKey(), vendor.getValue())) {
                System.out.println();
                System.out.println("=== " + vendor.getKey() + " (" + sandbox.where() + ")");
                created += run(sandbox, campaign) ? 1 : 0;
            }
        }
        System.out.println();
        System.out.println("Capabilities (✓ = the vendor can express it):");
        System.out.print(CapabilityMatrix.markdown());
        System.out.println();
        System.out.println("=== after create: following campaigns on the simulators");
        FollowACampaign.main(new String[0]);
        System.out.println();
        System.out.println("=== compliance: a mixed audience through the gate, one campaign per time zone");
        ComplianceTour.main(new String[0]);
        System.out.println();
        System.out.println("=== several vendors: one audience split by calling code, with failover");
        RoutingExample.main(new String[0]);
        System.out.println();
        System.out.println("=== call events: the simulators' webhooks, verified and de-duplicated");
        try {
            WebhookReceiver.main(new String[0]);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        System.out.println();
        System.out.println("Done: " + created + " of " + vendors.size() + " vendors created the campaign; "
                + "the others answered with the typed error shown.");
    }

    private static boolean run(Sandbox sandbox, Campaign campaign) {
        try (CampaignClient strict = sandbox.client()) {
            strict.create(campaign);
            System.out.println("STRICT: created as is");
            return true;
        } catch (UnidialException e) {
            System.out.println("STRICT: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try (CampaignClient lenient = sandbox.client(Map.of(CampaignClients.MAPPING_POLICY, "LENIENT"))) {
            List<WireRequest> preview = lenient.preview(campaign).requests();
            System.out.println("LENIENT preview (" + preview.size() + " request" + (preview.size() == 1 ? "" : "s") + "):");
            for (WireRequest r : preview.subList(0, Math.min(2, preview.size()))) {
                System.out.println("  " + r.method() + " " + r.url() + "  " + r.headers());
                System.out.println(r.body().filter(b -> b.contentType().startsWith("multipart/form-data")).isPresent()
                        ? parts(r) : "  " + abbreviate(r.bodyText()));
            }
            CreatedCampaign created = lenient.create(campaign);
            System.out.println("LENIENT created: id=" + created.id() + " status=" + created.status()
                    + " (" + created.rawStatus() + ")");
            created.warnings().forEach(w -> System.out.println("  warning: " + w));
            return true;
        } catch (UnidialException e) {
            System.out.println("LENIENT: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }

    /** A multipart body one part at a time: its name, then its value (a file's first lines). */
    private static String parts(WireRequest r) {
        String type = r.body().orElseThrow().contentType();
        String boundary = "--" + type.substring(type.indexOf("boundary=") + "boundary=".length());
        StringBuilder out = new StringBuilder();
        for (String part : r.bodyText().split(Pattern.quote(boundary))) {
            int blank = part.indexOf("\r\n\r\n");
            if (blank < 0) {
                continue;
            }
            Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(part);
            List<String> lines = part.substring(blank + 4).strip().lines().toList();
            out.append("    part ").append(name.find() ? name.group(1) : "?").append(": ")
                    .append(lines.size() <= 1 ? String.join("", lines) : "\n      " + String.join("\n      ",
                            lines.subList(0, Math.min(3, lines.size()))) + (lines.size() > 3 ? "\n      … ("
                            + lines.size() + " lines)" : ""))
                    .append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s*\\r?\\n\\s*", " ").replaceAll("unidial-[0-9a-f-]{36}", "…");
        return oneLine.length() <= 220 ? oneLine : oneLine.substring(0, 220) + "…";
    }
}
