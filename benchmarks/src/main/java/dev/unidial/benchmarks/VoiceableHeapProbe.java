package dev.unidial.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Runs one Voiceable create of 1,000,000 lazy recipients (Unidial, then by hand) in this
 * JVM — started with {@code -Xmx64m} by the runner — and prints the peak heap of each and
 * the lines the server counted, as {@code key=value} lines.
 */
public final class VoiceableHeapProbe {
    private VoiceableHeapProbe() {}

    public static void main(String[] args) throws Exception {
        VoiceableStreamBenchmark bench = new VoiceableStreamBenchmark();
        bench.setUp();
        try {
            for (String side : new String[] {"unidial", "baseline"}) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                if (side.equals("unidial")) {
                    bench.unidial();
                } else {
                    bench.baseline();
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.println(side + ".peakHeapMb=" + peakHeap() / (1024 * 1024));
                System.out.println(side + ".ms=" + ms);
            }
            System.out.println("maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            bench.tearDown();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
