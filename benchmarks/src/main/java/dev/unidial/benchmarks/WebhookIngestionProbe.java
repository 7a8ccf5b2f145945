package dev.unidial.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unidial.CallEvent;
import dev.unidial.CallEventDeduplicator;
import dev.unidial.CallEvents;
import dev.unidial.Secret;
import dev.unidial.mrassistant.MrAssistantWebhookVerifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reading and checking one webhook event per vendor with {@code CallEvents.reader().read},
 * against a bare Jackson {@code readTree} of the same bytes (for MrAssistant, plus one
 * HMAC-SHA256 of the body, as its check needs); rounds alternate which side goes first. Then
 * the same reads with {@code handleOnce} on the in-memory store. Prints {@code key=value} lines.
 */
public final class WebhookIngestionProbe {
    /**
     * What is measured: each vendor's event as a reader checks it, MrAssistant's twice: with its
     * signature alone (the check the baseline's HMAC stands for) and with the URL token too.
     */
    static final List<String> CASES = List.of("callkaro", "ravan", "mrassistant", "mrassistant+token");
    /** What each case's reader checks. */
    static final Map<String, String> CHECKS = Map.of("callkaro", "URL token", "ravan", "URL token",
            "mrassistant", "signature", "mrassistant+token", "signature and URL token");
    static final int ROUNDS = 15;
    static final int EVENTS_PER_ROUND = 20_000;

    private static final String CALLKARO = """
        {"event": "call_ended", "data": {"callSid": "CA9f8e", "name": "outbound", "agent": "agent_sales_id",
         "versionId": "v3", "from": "918035088113", "to": "919876543210",
         "recordingUrl": "https://rec.example/CA9f8e.mp3", "call_duration": 83, "time": "2025-12-19 16:01:07",
         "transcription": "Agent: Namaste! User: Hello.", "batchId": "68433b7b0dee98e5",
         "hangup_reason": "CLIENT_INITIATED", "call_metadata": {"name": "Asha", "plan": "Gold"},
         "try_count": 2, "post_call": {"interested": "yes"}, "post_call_detail": {}, "functions_called": [],
         "disposition_reason": "", "conversion_status": true, "next_call_scheduled": false, "call_link": "https://x"}}
        """;
    private static final String RAVAN = """
        {"event": "call.completed", "org_id": "org-7", "data": {"campaign_id": "019e-c1", "contact_id": "ct-1",
         "phone": "+14155550101", "status": "completed", "duration_sec": 42.5, "call_session_id": "cs-55",
         "attempt": 1, "summary": "Confirmed.", "recording_url": "https://rec.example/1.mp3", "caller_number": "+918035088113",
         "callee_number": "+14155550101", "caller_name": "", "caller_email": "", "agent_name": "Sales", "channel": "voice",
         "disconnect_reason": "customer_hangup", "cost_total": 0.12, "call_latency_ms": 640,
         "started_at": "2026-03-01T09:59:00Z", "ended_at": "2026-03-01T10:00:05Z", "created_at": "2026-03-01T10:00:05Z",
         "post_call_analysis": {"sentiment": "positive", "disposition": "completed"},
         "transcripts": [{"role": "agent", "text": "Hello!", "timestamp_ms": 0}, {"role": "user", "text": "Hi.", "timestamp_ms": 900}]}}
        """;
    private static final String MRASSISTANT = """
        {"call_id": "call_81", "campaign_id": "cmp_7", "to_number": "+14155550101", "from_number": "+14155550100",
         "status": "completed", "duration_seconds": 65, "attempt": 1, "ended_at": "2026-03-01T10:00:05Z",
         "recording_url": "https://rec.example/81.ogg", "summary": "Booked.", "context": {"name": "Asha"}}
        """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] KEY = "whsec_probe_secret".getBytes(StandardCharsets.UTF_8);

    private WebhookIngestionProbe() {}

    public static void main(String[] args) throws Exception {
        Secret token = CallEvents.newUrlToken();
        MrAssistantWebhookVerifier signature = MrAssistantWebhookVerifier.hmacSha256(
                Secret.of(new String(KEY, StandardCharsets.UTF_8)), "X-Webhook-Signature");
        CallEvents.Reader withTokens = CallEvents.reader().urlToken(token)
                .accountZone("callkaro", ZoneId.of("Asia/Kolkata"))
                .verifier("mrassistant", signature)
                .build();
        CallEvents.Reader signatureOnly = CallEvents.reader().verifier("mrassistant", signature).build();
        URI withToken = URI.create(CallEvents.withUrlToken("https://example.com/hooks", token));
        URI plain = URI.create("https://example.com/hooks");
        long sink = 0;
        for (String name : CASES) {
            String vendor = name.startsWith("mrassistant") ? "mrassistant" : name;
            boolean tokenChecked = !name.equals("mrassistant");
            CallEvents.Reader reader = tokenChecked ? withTokens : signatureOnly;
            byte[] body = (switch (vendor) {
                case "callkaro" -> CALLKARO;
                case "ravan" -> RAVAN;
                default -> MRASSISTANT;
            }).getBytes(StandardCharsets.UTF_8);
            boolean signed = vendor.equals("mrassistant");
            Map<String, String> headers = signed ? Map.of("X-Webhook-Signature", "sha256=" + HexFormat.of().formatHex(hmac(body)))
                    : Map.of();
            URI uri = tokenChecked ? withToken : plain;
            Runnable read = () -> reader.read(vendor, uri, headers, body);
            Runnable baseline = () -> {
                try {
                    JSON.readTree(body);
                    if (signed) {
                        hmac(body);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            for (int warm = 0; warm < 5; warm++) {
                time(read);
                time(baseline);
            }
            double[] ratios = new double[ROUNDS];
            double[] readerUs = new double[ROUNDS];
            double[] baselineUs = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                long a;
                long b;
                if (r % 2 == 0) {
                    a = time(read);
                    b = time(baseline);
                } else {
                    b = time(baseline);
                    a = time(read);
                }
                readerUs[r] = a / 1e3 / EVENTS_PER_ROUND;
                baselineUs[r] = b / 1e3 / EVENTS_PER_ROUND;
                ratios[r] = (double) a / b;
            }
            Arrays.sort(ratios);
            Arrays.sort(readerUs);
            Arrays.sort(baselineUs);
            // Warmed up like the reads, so that the first vendor does not bear the compiler's work alone.
            double[] handleOnceUs = new double[ROUNDS];
            for (int r = -5; r < ROUNDS; r++) {
                CallEventDeduplicator store = CallEventDeduplicator.inMemory();
                long t0 = System.nanoTime();
                for (int i = 0; i < EVENTS_PER_ROUND; i++) {
                    CallEvent e = reader.read(vendor, uri, headers, body);
                    if (store.handleOnce(e, x -> { })) {
                        sink++;
                    }
                }
                if (r >= 0) {
                    handleOnceUs[r] = (System.nanoTime() - t0) / 1e3 / EVENTS_PER_ROUND;
                }
            }
            Arrays.sort(handleOnceUs);
            System.out.printf(Locale.ROOT, "%s.readerUs=%.2f%n", name, readerUs[ROUNDS / 2]);
            System.out.printf(Locale.ROOT, "%s.baselineUs=%.2f%n", name, baselineUs[ROUNDS / 2]);
            System.out.printf(Locale.ROOT, "%s.ratio.median=%.2f%n", name, ratios[ROUNDS / 2]);
            System.out.printf(Locale.ROOT, "%s.ratio.min=%.2f%n", name, ratios[0]);
            System.out.printf(Locale.ROOT, "%s.ratio.max=%.2f%n", name, ratios[ROUNDS - 1]);
            System.out.printf(Locale.ROOT, "%s.perSecond=%.0f%n", name, 1e6 / readerUs[ROUNDS / 2]);
            System.out.printf(Locale.ROOT, "%s.handleOnceUs=%.2f%n", name, handleOnceUs[ROUNDS / 2]);
        }
        System.out.println("sink=" + sink);
    }

    private static long time(Runnable work) {
        long t0 = System.nanoTime();
        for (int i = 0; i < EVENTS_PER_ROUND; i++) {
            work.run();
        }
        return System.nanoTime() - t0;
    }

    /** A careful hand-written check keys its Mac once per thread, as the SDK's does. */
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return mac;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    });

    private static byte[] hmac(byte[] body) {
        return MAC.get().doFinal(body);
    }
}
