package dev.unidial.benchmarks;

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
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One million lazy targets (Indian and US numbers, some suppressed, some invalid) through the
 * compliance gate in this JVM, started at {@code -Xmx64m} by the runner: the gate's counting
 * pass, one read of every split campaign's audience and of the exclusions; prints the time per
 * million targets of each and the peak heap, as {@code key=value} lines.
 */
public final class ComplianceGateProbe {
    static final int TARGETS = 1_000_000;

    private ComplianceGateProbe() {}

    public static void main(String[] args) {
        Iterable<Target> source = () -> IntStream.range(0, TARGETS).mapToObj(i -> Target.of(switch (i % 4) {
            case 0 -> "+9198" + String.format("%08d", i);
            case 1 -> "098" + String.format("%08d", i);              // national, read with region IN
            case 2 -> "+1212" + String.format("%07d", 5_550_000 + i % 10_000);
            default -> i % 100 == 3 ? "+9198765" : "+1415" + String.format("%07d", 5_550_000 + i % 10_000);
        })).iterator();
        Campaign campaign = Campaign.builder().name("Bench").agentId("agent-1").audience(Audience.targets(source)).build();
        CompliancePolicy policy = CompliancePolicy.builder().defaultRegion("IN").localCallingHours(CallingHours.INDIA)
                .suppress(Set.of("+14155550000", "+12125550001")).build();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        GateResult gate = ComplianceGate.of(policy).apply(campaign);
        long t1 = System.nanoTime();
        long included = 0;
        for (Campaign c : gate.campaigns()) {
            for (Target ignored : c.audience().orElseThrow().targets()) {
                included++;
            }
        }
        long t2 = System.nanoTime();
        long excluded = gate.excludedStream().count();
        long t3 = System.nanoTime();
        if (included + excluded != TARGETS) {
            throw new IllegalStateException("targets lost: " + (TARGETS - included - excluded));
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("applyMs=" + (t1 - t0) / 1_000_000);
        System.out.println("campaignsReadMs=" + (t2 - t1) / 1_000_000);
        System.out.println("exclusionsReadMs=" + (t3 - t2) / 1_000_000);
        System.out.println("campaigns=" + gate.campaigns().size());
        System.out.println("excluded=" + excluded);
        System.out.println("peakHeapMb=" + peak / (1024 * 1024));
        System.out.println("maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
