package dev.unidial.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark pairs against the same loopback server, prints the ratios of Unidial to
 * the hand-written baseline, and writes each section, with the machine's facts, into its own
 * block of {@code benchmarks/README.md} (the path is the first argument). The second argument
 * names the sections to run, comma-separated ({@code create}, {@code fanout},
 * {@code voiceable}, {@code coldstart}, {@code gate}, {@code webhooks}), or {@code all}: a
 * developer checks one change in minutes, and the other sections' results stay as they were.
 */
public final class BenchmarkRunner {
    private BenchmarkRunner() {}

    /** A section: its name on the command line and in the README's markers, and how it runs. */
    private record Section(String name, Callable<String> run) {}

    private static final List<Section> SECTIONS = List.of(
            new Section("create", BenchmarkRunner::create), new Section("fanout", BenchmarkRunner::fanOut),
            new Section("voiceable", BenchmarkRunner::voiceable), new Section("coldstart", BenchmarkRunner::coldStart),
            new Section("gate", BenchmarkRunner::gate), new Section("webhooks", BenchmarkRunner::webhooks));

    public static void main(String[] args) throws Exception {
        Path readme = Path.of(args.length > 0 ? args[0] : "benchmarks/README.md");
        Set<String> wanted = new LinkedHashSet<>(List.of((args.length > 1 ? args[1] : "all").split(",")));
        Set<String> known = new LinkedHashSet<>();
        SECTIONS.forEach(section -> known.add(section.name()));
        if (!wanted.contains("all") && !known.containsAll(wanted)) {
            throw new IllegalArgumentException("unknown section in " + wanted + "; the sections are " + known + ", or all");
        }
        String text = Files.readString(readme);
        for (Section section : SECTIONS) {
            if (!wanted.contains("all") && !wanted.contains(section.name())) {
                continue;
            }
            String md = section.run().call() + "\n" + machine();
            System.out.println();
            System.out.println(md);
            String start = "<!-- results:" + section.name() + ":start -->\n";
            String end = "<!-- results:" + section.name() + ":end -->";
            int i = text.indexOf(start);
            int j = text.indexOf(end);
            if (i >= 0 && j > i) {
                text = text.substring(0, i + start.length()) + md + text.substring(j);
                Files.writeString(readme, text);
                System.out.println("Results written to " + readme + " (" + section.name() + ")");
            }
        }
    }

    /** The machine and the day, under each section. */
    private static String machine() {
        return "Run on " + LocalDate.now() + ": " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ".\n";
    }

    /** Section 1: the create path, interleaved, and JMH with its allocations. */
    private static String create() throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("### 1. Per-create overhead, interleaved one create at a time (lower is better)\n\n")
                .append("Each vendor in a fresh JVM: 25 s of warm-up, then ").append(InterleavedCreateProbe.ROUNDS)
                .append(" rounds of ").append(InterleavedCreateProbe.PAIRS_PER_ROUND)
                .append(" Unidial and baseline creates, alternating. The ratio is each round's summed time;")
                .append(" the table gives the median round and the range.\n\n")
                .append("| Vendor | Unidial median µs | Baseline median µs | Ratio (median) | Ratio range |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (String vendor : List.of("mrassistant", "ravan", "kore")) {
            Map<String, String> probe = probe(List.of("-Xmx512m"), InterleavedCreateProbe.class, vendor);
            double[] ratios = probe.entrySet().stream().filter(e -> e.getKey().endsWith(".ratio"))
                    .mapToDouble(e -> Double.parseDouble(e.getValue())).sorted().toArray();
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | **%.2f×** | %.2f–%.2f× |%n", label(vendor),
                    probe.get("unidial.medianUs"), probe.get("baseline.medianUs"), ratios[ratios.length / 2], ratios[0],
                    ratios[ratios.length - 1]));
        }

        Collection<RunResult> create = new Runner(options(CreateOverheadBenchmark.class)
                .warmupIterations(5).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(3))
                .addProfiler(GCProfiler.class).build()).run();
        md.append("\n### 1b. Per-create, JMH (average time and bytes allocated per create; each side measured apart)\n\n")
                .append("| Vendor | Unidial µs/op | Baseline µs/op | Ratio | Unidial B/op | Baseline B/op |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        Map<String, RunResult[]> byVendor = new LinkedHashMap<>();
        for (RunResult r : create) {
            String vendor = r.getParams().getParam("vendor");
            RunResult[] pair = byVendor.computeIfAbsent(vendor, v -> new RunResult[2]);
            pair[r.getParams().getBenchmark().endsWith("unidial") ? 0 : 1] = r;
        }
        byVendor.forEach((vendor, pair) -> md.append(String.format(Locale.ROOT, "| %s | %s | %s | **%.2f×** | %s | %s |%n",
                label(vendor), score(pair[0].getPrimaryResult()), score(pair[1].getPrimaryResult()),
                pair[0].getPrimaryResult().getScore() / pair[1].getPrimaryResult().getScore(),
                alloc(pair[0]), alloc(pair[1]))));
        return md.toString();
    }

    /** Section 2: CallKaro's fan-out. */
    private static String fanOut() throws Exception {
        StringBuilder md = new StringBuilder();
        Map<String, Result<?>> fanOut = pairs(new Runner(options(FanOutBenchmark.class)
                .warmupIterations(3).measurementIterations(8).build()).run());
        double unidialCps = FanOutBenchmark.TARGETS / (fanOut.get("unidial").getScore() / 1000);
        double baselineCps = FanOutBenchmark.TARGETS / (fanOut.get("baseline").getScore() / 1000);
        md.append("### 2. CallKaro fan-out: 10,000 calls at concurrency 8 (higher is better)\n\n")
                .append("| | Unidial | Baseline | Ratio |\n|---|---:|---:|---:|\n")
                .append(String.format(Locale.ROOT, "| time per campaign (ms) | %s | %s | |%n",
                        score(fanOut.get("unidial")), score(fanOut.get("baseline"))))
                .append(String.format(Locale.ROOT, "| calls per second | %.0f | %.0f | **%.2f×** |%n",
                        unidialCps, baselineCps, unidialCps / baselineCps));
        return md.toString();
    }

    /** Section 3: Voiceable's million recipients. */
    private static String voiceable() throws Exception {
        StringBuilder md = new StringBuilder();
        // Single shots: the first five or so of each side still run partly interpreted, so three
        // warm-ups measured the JIT as much as the upload.
        Map<String, Result<?>> voiceable = pairs(new Runner(options(VoiceableStreamBenchmark.class)
                .warmupIterations(10).measurementIterations(10).build()).run());
        Map<String, String> heap = probeHeap();
        Map<String, String> interleaved = probe(List.of("-Xmx64m"), VoiceableInterleavedProbe.class);
        md.append("### 3. Voiceable: 1,000,000 recipients from a lazy source, JVM at `-Xmx64m`\n\n")
                .append("Interleaved: a fresh JVM, ").append(VoiceableInterleavedProbe.WARMUP_PAIRS)
                .append(" pairs of warm-up, then ").append(VoiceableInterleavedProbe.PAIRS)
                .append(" pairs of single uploads alternating which side goes first; the ratio is the median")
                .append(" pair's, with the range. JMH: each side's single shots in iterations of their own.\n\n")
                .append("| | Unidial | Baseline | Ratio |\n|---|---:|---:|---:|\n")
                .append(String.format(Locale.ROOT, "| time per campaign (ms, interleaved median) | %s | %s | **%.2f×** (%.2f–%.2f×) |%n",
                        interleaved.get("unidial.medianMs"), interleaved.get("baseline.medianMs"),
                        Double.parseDouble(interleaved.get("ratio.median")), Double.parseDouble(interleaved.get("ratio.min")),
                        Double.parseDouble(interleaved.get("ratio.max"))))
                .append(String.format(Locale.ROOT, "| time per campaign (ms, JMH) | %s | %s | **%.2f×** |%n",
                        score(voiceable.get("unidial")), score(voiceable.get("baseline")),
                        voiceable.get("unidial").getScore() / voiceable.get("baseline").getScore()))
                .append(String.format(Locale.ROOT, "| peak heap (MB, of %s) | %s | %s | |%n", heap.get("maxHeapMb"),
                        heap.get("unidial.peakHeapMb"), heap.get("baseline.peakHeapMb")));
        return md.toString();
    }

    /** Section 4: a fresh JVM's first create. */
    private static String coldStart() throws Exception {
        StringBuilder md = new StringBuilder();
        Map<String, Result<?>> cold = pairs(new Runner(options(ColdStartBenchmark.class).build()).run());
        md.append("### 4. Cold start: new JVM, build the client, first create (Ravan)\n\n")
                .append("| | Unidial | Baseline | Ratio |\n|---|---:|---:|---:|\n")
                .append(String.format(Locale.ROOT, "| first create (ms, 5 fresh JVMs) | %s | %s | **%.2f×** |%n",
                        score(cold.get("unidial")), score(cold.get("baseline")),
                        cold.get("unidial").getScore() / cold.get("baseline").getScore()));
        return md.toString();
    }

    /** Section 5: the compliance gate against one libphonenumber pass. */
    private static String gate() throws Exception {
        StringBuilder md = new StringBuilder();
        Map<String, String> gate = probe(List.of("-Xmx64m"), ComplianceGateProbe.class, "ratio");
        Map<String, String> million = probe(List.of("-Xmx64m"), ComplianceGateProbe.class, "million");
        md.append("### 5. Compliance gate against one libphonenumber pass, JVM at `-Xmx64m`\n\n")
                .append(gate.get("targets")).append(" lazy numbers (India, the US, the UK and Brazil; some written nationally,")
                .append(" one in 50 invalid). The gate's side applies the gate, then reads every split campaign and the")
                .append(" exclusions once, as `createAll` does; the baseline parses each number, checks it is valid and")
                .append(" reads its type, time zones and E.164 form. ").append(ComplianceGateProbe.WARMUP_ROUNDS)
                .append(" rounds of warm-up, then ").append(gate.get("rounds")).append(" rounds alternating which side goes")
                .append(" first.\n\n")
                .append("| | Gate | Baseline | Ratio (median) | Ratio range |\n|---|---:|---:|---:|---:|\n")
                .append(String.format(Locale.ROOT, "| ms per run (median) | %s | %s | **%.2f×** | %.2f–%.2f× |%n",
                        gate.get("gate.medianMs"), gate.get("baseline.medianMs"), Double.parseDouble(gate.get("ratio.median")),
                        Double.parseDouble(gate.get("ratio.min")), Double.parseDouble(gate.get("ratio.max"))))
                .append("\n1,000,000 lazy numbers through the gate and every split campaign read once: ")
                .append(million.get("millionMs")).append(" ms, peak heap ").append(million.get("peakHeapMb")).append(" MB of ")
                .append(million.get("maxHeapMb")).append(".\n");
        return md.toString();
    }

    /** Section 6: reading and checking webhook events. */
    private static String webhooks() throws Exception {
        StringBuilder md = new StringBuilder();
        Map<String, String> events = probe(List.of("-Xmx256m"), WebhookIngestionProbe.class);
        md.append("### 6. Webhook ingestion: reading and checking one event (lower is better)\n\n")
                .append("`CallEvents.reader().read` against a bare Jackson `readTree` of the same bytes (for MrAssistant,")
                .append(" plus one HMAC-SHA256 of the body, the check its signature needs), one thread, every case in one JVM. ").append(WebhookIngestionProbe.ROUNDS).append(" rounds of ")
                .append(WebhookIngestionProbe.EVENTS_PER_ROUND).append(" events a side, alternating; `handleOnce` with the")
                .append(" in-memory store on top (the same event each time, so nearly all are duplicates), median of as many")
                .append(" rounds after five of warm-up.\n\n")
                .append("| Vendor | The reader checks | Reader µs/event | Baseline µs/event | Ratio (median) | Ratio range | Events/s per core | With `handleOnce` µs/event |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (String vendor : WebhookIngestionProbe.CASES) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | **%.2f×** | %.2f–%.2f× | %s | %s |%n",
                    vendor.replace("+token", ""), WebhookIngestionProbe.CHECKS.get(vendor),
                    events.get(vendor + ".readerUs"), events.get(vendor + ".baselineUs"),
                    Double.parseDouble(events.get(vendor + ".ratio.median")), Double.parseDouble(events.get(vendor + ".ratio.min")),
                    Double.parseDouble(events.get(vendor + ".ratio.max")), events.get(vendor + ".perSecond"),
                    events.get(vendor + ".handleOnceUs")));
        }
        return md.toString();
    }

    private static OptionsBuilder options(Class<?> benchmark) {
        OptionsBuilder b = new OptionsBuilder();
        b.include(benchmark.getSimpleName() + "\\.").forks(1).shouldFailOnError(true);
        return b;
    }

    private static Map<String, Result<?>> pairs(Collection<RunResult> results) {
        Map<String, Result<?>> byName = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            byName.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult());
        }
        return byName;
    }

    private static String score(Result<?> r) {
        return Double.isNaN(r.getScoreError())
                ? String.format(Locale.ROOT, "%.1f", r.getScore())
                : String.format(Locale.ROOT, "%.1f ± %.1f", r.getScore(), r.getScoreError());
    }

    private static String alloc(RunResult r) {
        Result<?> a = r.getSecondaryResults().get("·gc.alloc.rate.norm");
        if (a == null) {
            a = r.getSecondaryResults().get("gc.alloc.rate.norm");
        }
        return a == null ? "–" : String.format(Locale.ROOT, "%,.0f", a.getScore());
    }

    private static String label(String vendor) {
        return switch (vendor) {
            case "mrassistant" -> "MrAssistant (1000 targets)";
            case "ravan" -> "Ravan";
            default -> "Kore.ai";
        };
    }

    private static Map<String, String> probeHeap() throws Exception {
        return probe(List.of("-Xmx64m"), VoiceableHeapProbe.class);
    }

    /** Runs a probe's {@code main} in a fresh JVM and collects the {@code key=value} lines it prints. */
    private static Map<String, String> probe(List<String> jvmOptions, Class<?> probe, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), probe.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> values = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(probe.getSimpleName() + " failed");
        }
        return values;
    }

}
