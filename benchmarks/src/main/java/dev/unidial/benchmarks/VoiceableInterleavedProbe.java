package dev.unidial.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * Voiceable's million-recipient upload against the hand-written one, interleaved: after a
 * warm-up, pairs of single uploads alternating which side goes first, so that drift on a
 * small machine (GC, the JIT, the server's threads) falls on both sides alike. Each upload
 * takes a fraction of a second, so separate JMH runs of each side differ by more than the
 * sides do. Run in a fresh JVM at {@code -Xmx64m} by the runner; prints {@code key=value}
 * lines: each side's median time and the median and range of the pairs' ratios.
 */
public final class VoiceableInterleavedProbe {
    static final int WARMUP_PAIRS = 20;
    static final int PAIRS = 61;

    private VoiceableInterleavedProbe() {}

    public static void main(String[] args) throws Exception {
        VoiceableStreamBenchmark upload = new VoiceableStreamBenchmark();
        upload.setUp();
        try {
            for (int i = 0; i < WARMUP_PAIRS; i++) {
                upload.unidial();
                upload.baseline();
            }
            long[] u = new long[PAIRS];
            long[] b = new long[PAIRS];
            double[] ratios = new double[PAIRS];
            for (int i = 0; i < PAIRS; i++) {
                boolean unidialFirst = (i & 1) == 0;
                if (unidialFirst) {
                    u[i] = time(upload::unidial);
                }
                b[i] = time(upload::baseline);
                if (!unidialFirst) {
                    u[i] = time(upload::unidial);
                }
                ratios[i] = (double) u[i] / b[i];
            }
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "unidial.medianMs=%.1f%n", InterleavedCreateProbe.median(u) / 1e6);
            System.out.printf(Locale.ROOT, "baseline.medianMs=%.1f%n", InterleavedCreateProbe.median(b) / 1e6);
            System.out.printf(Locale.ROOT, "ratio.median=%.4f%n", ratios[PAIRS / 2]);
            System.out.printf(Locale.ROOT, "ratio.min=%.4f%n", ratios[0]);
            System.out.printf(Locale.ROOT, "ratio.max=%.4f%n", ratios[PAIRS - 1]);
        } finally {
            upload.tearDown();
        }
    }

    private interface Upload {
        Object run() throws Exception;
    }

    private static long time(Upload upload) throws Exception {
        long start = System.nanoTime();
        upload.run();
        return System.nanoTime() - start;
    }
}
