package dev.unidial.benchmarks;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.Target;
import dev.unidial.compliance.CallingHours;
import dev.unidial.compliance.ComplianceGate;
import dev.unidial.compliance.CompliancePolicy;
import dev.unidial.compliance.GateResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The compliance gate against one bare libphonenumber pass, in a JVM the runner starts at
 * {@code -Xmx64m}; prints {@code key=value} lines.
 *
 * <ul>
 *   <li>{@code ratio} (the default): 200,000 lazy numbers (India, the US, the UK and Brazil,
 *       some written nationally, some invalid). The gate's side applies the gate, then reads
 *       every split campaign and the exclusions once, as {@code createAll} does; the baseline
 *       parses each number, checks it is valid, reads its type, time zones and E.164 form.
 *       Rounds alternate which side goes first; the ratio is each round's.</li>
 *   <li>{@code million}: 1,000,000 lazy numbers through the gate and every split read once;
 *       it must complete at {@code -Xmx64m}, and prints its peak heap.</li>
 * </ul>
 */
public final class ComplianceGateProbe {
    static final int RATIO_TARGETS = 200_000;
    static final int MILLION = 1_000_000;
    static final int WARMUP_ROUNDS = 2;
    static final int ROUNDS = 11;

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final PhoneNumberToTimeZonesMapper ZONES = PhoneNumberToTimeZonesMapper.getInstance();

    private ComplianceGateProbe() {}

    /** The i-th number: a mix of countries and ways of writing, one in 50 invalid. */
    static String number(int i) {
        if (i % 50 == 49) {
            return "+9112345";
        }
        return switch (i % 5) {
            case 0 -> "+9198" + String.format(Locale.ROOT, "%08d", i);
            case 1 -> "098" + String.format(Locale.ROOT, "%08d", i);              // national, read with region IN
            case 2 -> "+1212" + String.format(Locale.ROOT, "%07d", 5_550_000 + i % 10_000);
            case 3 -> "+4420794" + String.format(Locale.ROOT, "%05d", i % 100_000);
            default -> "+55119" + String.format(Locale.ROOT, "%08d", i);
        };
    }

    private static Iterable<Target> source(int size) {
        return () -> IntStream.range(0, size).mapToObj(i -> Target.of(number(i))).iterator();
    }

    private static final CompliancePolicy POLICY = CompliancePolicy.builder().defaultRegion("IN")
            .localCallingHours(CallingHours.INDIA).suppress(Set.of("+12125550001")).build();

    /** The gate as {@code createAll} uses it: apply, then read every split campaign and the exclusions once. */
    static long gate(int size) {
        Campaign campaign = Campaign.builder().name("Bench").agentId("agent-1").audience(Audience.targets(source(size))).build();
        GateResult gate = ComplianceGate.of(POLICY).apply(campaign);
        long seen = 0;
        for (Campaign c : gate.campaigns()) {
            for (Target t : c.audience().orElseThrow().targets()) {
                seen += t.phone().length();
            }
        }
        return seen + gate.excludedStream().count();
    }

    /** One bare libphonenumber pass over the same numbers: parse, valid, type, time zones, E.164. */
    static long baseline(int size) {
        long seen = 0;
        for (Target t : source(size)) {
            try {
                PhoneNumber n = PHONES.parse(t.phone(), "IN");
                if (PHONES.isValidNumber(n)) {
                    seen += PHONES.getNumberType(n).ordinal() + ZONES.getTimeZonesForNumber(n).size()
                            + PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164).length();
                }
            } catch (NumberParseException e) {
                seen++;
            }
        }
        return seen;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("million")) {
            million();
        } else {
            ratio();
        }
    }

    private static void ratio() {
        long sink = 0;
        for (int r = 0; r < WARMUP_ROUNDS; r++) {
            sink += gate(RATIO_TARGETS) + baseline(RATIO_TARGETS);
        }
        double[] ratios = new double[ROUNDS];
        double[] gateMs = new double[ROUNDS];
        double[] baseMs = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long g;
            long b;
            if (r % 2 == 0) {
                long t0 = System.nanoTime();
                sink += gate(RATIO_TARGETS);
                long t1 = System.nanoTime();
                sink += baseline(RATIO_TARGETS);
                g = t1 - t0;
                b = System.nanoTime() - t1;
            } else {
                long t0 = System.nanoTime();
                sink += baseline(RATIO_TARGETS);
                long t1 = System.nanoTime();
                sink += gate(RATIO_TARGETS);
                b = t1 - t0;
                g = System.nanoTime() - t1;
            }
            gateMs[r] = g / 1e6;
            baseMs[r] = b / 1e6;
            ratios[r] = (double) g / b;
        }
        Arrays.sort(ratios);
        Arrays.sort(gateMs);
        Arrays.sort(baseMs);
        System.out.println("targets=" + RATIO_TARGETS);
        System.out.println("rounds=" + ROUNDS);
        System.out.printf(Locale.ROOT, "gate.medianMs=%.0f%n", gateMs[ROUNDS / 2]);
        System.out.printf(Locale.ROOT, "baseline.medianMs=%.0f%n", baseMs[ROUNDS / 2]);
        System.out.printf(Locale.ROOT, "ratio.median=%.2f%n", ratios[ROUNDS / 2]);
        System.out.printf(Locale.ROOT, "ratio.min=%.2f%n", ratios[0]);
        System.out.printf(Locale.ROOT, "ratio.max=%.2f%n", ratios[ROUNDS - 1]);
        System.out.println("sink=" + sink);
    }

    private static void million() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        long seen = gate(MILLION);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("millionMs=" + ms);
        System.out.println("peakHeapMb=" + peak / (1024 * 1024));
        System.out.println("maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.println("sink=" + seen);
    }
}
