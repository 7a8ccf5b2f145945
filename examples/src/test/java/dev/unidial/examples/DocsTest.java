package dev.unidial.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.unidial.CallEvent;
import dev.unidial.CallEvents;
import dev.unidial.CallOutcome;
import dev.unidial.Campaign;
import dev.unidial.CampaignClient;
import dev.unidial.Secret;
import dev.unidial.Target;
import dev.unidial.ravan.RavanClient;
import dev.unidial.testkit.SimulatorAssumption;
import dev.unidial.testkit.VendorSimulator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and {@code docs/} say what the code does: every generated block is what the code
 * generates today, the quickstart's files compile together, the first example is the code that
 * runs, and every relative link names a file that exists. Run with
 * {@code -Dunidial.docs.update=true} to rewrite the generated blocks instead of checking them.
 */
class DocsTest {
    private static final Path ROOT = Path.of("..");
    private static final boolean UPDATE = Boolean.getBoolean("unidial.docs.update");

    /** A generated block: the lines between {@code <!-- name:start -->} and {@code <!-- name:end -->}. */
    private record Generated(String file, String name, Supplier<String> content) {}

    private static List<Generated> generated() {
        List<Generated> all = new ArrayList<>(List.of(
                new Generated("README.md", "vendors", RequiredFields::vendorsMarkdown),
                new Generated("docs/settings.md", "settings", CapabilityMatrix::settingsMarkdown),
                new Generated("docs/capabilities.md", "capability-matrix", CapabilityMatrix::markdown),
                new Generated("docs/capabilities.md", "stand-in", CapabilityMatrix::standInMarkdown)));
        for (String provider : CapabilityMatrix.PROVIDERS) {
            all.add(new Generated("docs/vendors/" + provider + ".md", "required-fields", () -> RequiredFields.markdown(provider)));
            all.add(new Generated("docs/vendors/" + provider + ".md", "simulator-assumptions", () -> simulatorAssumptions(provider)));
        }
        return all;
    }

    /** The simulator's own list of what it assumes, as a table. */
    private static String simulatorAssumptions(String provider) {
        try (VendorSimulator simulator = VendorSimulator.of(provider)) {
            StringBuilder table = new StringBuilder("| The simulator assumes | Why |\n|---|---|\n");
            for (SimulatorAssumption a : simulator.assumptions()) {
                table.append("| ").append(a.behaviour().replace("|", "\\|")).append(" | ")
                        .append(a.why().replace("|", "\\|")).append(" |\n");
            }
            return table.toString();
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(ROOT.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> every_generated_block_is_what_the_code_generates() {
        return generated().stream().map(g -> DynamicTest.dynamicTest(g.file() + " " + g.name(), () -> {
            String text = read(g.file());
            String start = "<!-- " + g.name() + ":start -->\n";
            String end = "<!-- " + g.name() + ":end -->";
            assertThat(text).as(g.file()).contains(start).contains(end);
            int from = text.indexOf(start) + start.length();
            int to = text.indexOf(end);
            String expected = g.content().get();
            if (UPDATE) {
                Files.writeString(ROOT.resolve(g.file()), text.substring(0, from) + expected + text.substring(to));
            } else {
                assertThat(text.substring(from, to))
                        .as(g.file() + "'s " + g.name() + " block; rewrite it with -Dunidial.docs.update=true").isEqualTo(expected);
            }
        }));
    }

    @Test
    void the_readme_guides_in_at_most_300_lines() {
        assertThat(read("README.md").lines().count()).isLessThanOrEqualTo(300);
    }

    @Test
    void every_relative_link_names_a_file_that_exists() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Matcher m = link.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1);
                if (!URI.create(target).isAbsolute() && !Files.exists(page.getParent().resolve(target))) {
                    broken.add(ROOT.relativize(page) + " → " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** The Java block right after a marker line. */
    private static String blockAfter(String text, String marker, String language) {
        int at = text.indexOf(marker + "\n```" + language + "\n");
        assertThat(at).as(marker + " right above a ```" + language + " block").isNotNegative();
        int start = at + (marker + "\n```" + language + "\n").length();
        return text.substring(start, text.indexOf("\n```", start) + 1);
    }

    @Test
    void the_quickstart_blocks_are_a_complete_project_whose_files_compile_together(@TempDir Path out) {
        String readme = read("README.md");
        assertThat(blockAfter(readme, "<!-- quickstart:install -->", "bash")).contains("mvn").contains("install");
        String pom = blockAfter(readme, "<!-- quickstart:pom -->", "xml");
        assertThat(pom).startsWith("<?xml").contains("<artifactId>unidial-bom</artifactId>")
                .contains("<artifactId>unidial-testkit</artifactId>").contains("<artifactId>junit-jupiter</artifactId>")
                .contains("<artifactId>assertj-core</artifactId>").contains("<release>17</release>")
                .containsPattern("<artifactId>maven-surefire-plugin</artifactId>\\s*<version>3\\.");
        List<JavaFileObject> sources = new ArrayList<>();
        for (String marker : List.of("<!-- quickstart:main -->", "<!-- quickstart:test -->")) {
            String source = blockAfter(readme, marker, "java");
            assertThat(source).as(marker + " is a whole file").startsWith("package ");
            String className = source.replaceAll("(?s).*?\\b(?:public )?(?:final )?class (\\w+).*", "$1");
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            });
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled = javac.getTask(errors, null, null,
                List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"), "--release", "17"),
                null, sources).call();
        assertThat(compiled).as(errors.toString()).isTrue();
    }

    /**
     * What a documentation snippet may use without declaring it: the campaign, client and
     * request it talks about. Each snippet is compiled as the body of a method of a subclass.
     */
    @SuppressWarnings("unused")
    abstract static class Given {
        Campaign campaign;
        CampaignClient client;
        Map<String, String> settings;
        Map<String, String> headers;
        String id;
        String key;
        String accountId;
        String provider;
        URI uri;
        byte[] body;
        DataSource dataSource;
        HttpExchange exchange;
        Secret signingSecret;
        CallEvents.Reader reader;
        AtomicInteger progress;
        Iterable<Target> rowsFromDb;
        Iterable<Target> millionRowCursor;
        VendorSimulator simulator;
        String batchId;
        Campaign bigCampaign;
        Collection<String> doNotCallNumbers;
        RavanClient ravan;
        String agentId;
        CampaignClient callkaro;
        CampaignClient kore;

        void alertOps(String idempotencyKey) {}

        void record(String phone, CallOutcome outcome, Optional<Duration> duration) {}

        void saveOutcome(CallEvent event) {}
    }

    private static final String SNIPPET_IMPORTS = Stream.of("dev.unidial", "dev.unidial.http", "dev.unidial.compliance",
            "dev.unidial.jdbc", "dev.unidial.testkit", "dev.unidial.callkaro", "dev.unidial.voiceable", "dev.unidial.mrassistant",
            "dev.unidial.kore", "dev.unidial.ravan", "dev.unidial.router", "java.util", "java.time", "java.nio.file", "java.util.stream", "java.net",
            "java.util.concurrent").map(p -> "import " + p + ".*;").collect(Collectors.joining("\n"))
            + "\nimport dev.unidial.micrometer.UnidialMetrics;\nimport dev.unidial.opentelemetry.UnidialTracing;"
            + "\nimport io.micrometer.core.instrument.MeterRegistry;\nimport io.micrometer.core.instrument.simple.SimpleMeterRegistry;"
            + "\nimport io.opentelemetry.api.GlobalOpenTelemetry;\nimport io.opentelemetry.api.OpenTelemetry;"
            + "\nimport static org.assertj.core.api.Assertions.assertThat;\n";

    @Test
    void every_java_block_of_the_readme_and_the_docs_compiles(@TempDir Path out) throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        Pattern block = Pattern.compile("(<!-- ([a-z-]+):[a-z]+ -->\\n)?```java\\n(.*?)\\n\\s*```", Pattern.DOTALL);
        List<JavaFileObject> sources = new ArrayList<>();
        Map<String, String> where = new HashMap<>();
        for (Path page : pages) {
            String text = Files.readString(page);
            Matcher m = block.matcher(text);
            while (m.find()) {
                if (m.group(2) != null) {
                    continue; // whole files and included example code, compiled by the tests above
                }
                String name = "Snippet" + sources.size();
                where.put(name, ROOT.relativize(page) + ":" + (text.substring(0, m.start()).lines().count() + 1));
                String source = "package dev.unidial.examples;\n" + SNIPPET_IMPORTS + "class " + name
                        + " extends DocsTest.Given {\n void run() throws Exception {\n" + m.group(3) + "\n }\n}\n";
                sources.add(new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return source;
                    }
                });
            }
        }
        assertThat(sources).hasSizeGreaterThan(10);
        StringWriter errors = new StringWriter();
        boolean compiled = ToolProvider.getSystemJavaCompiler().getTask(errors, null, null,
                List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"), null, sources)
                .call();
        String report = errors.toString();
        for (Map.Entry<String, String> e : where.entrySet()) {
            report = report.replace("/" + e.getKey() + ".java", " " + e.getValue() + " (" + e.getKey() + ")");
        }
        assertThat(compiled).as(report).isTrue();
    }

    @Test
    void the_first_example_is_the_code_that_runs() throws IOException {
        String page = read("docs/campaigns.md");
        String source = Files.readString(Path.of("src", "main", "java", "dev", "unidial", "examples", "FirstCampaign.java"),
                StandardCharsets.UTF_8);
        assertThat(blockAfter(page, "<!-- readme-example:first -->", "java"))
                .isEqualTo(region(source, "describe") + "\n\n" + region(source, "create") + "\n");
        assertThat(blockAfter(page, "<!-- readme-example:adapt -->", "java")).isEqualTo(region(source, "adapt") + "\n");
    }

    /** The lines between a region's markers in the source, without the method body's indentation. */
    private static String region(String source, String name) {
        String begin = "// README:" + name + ":begin\n";
        int start = source.indexOf(begin) + begin.length();
        int end = source.lastIndexOf("\n", source.indexOf("// README:" + name + ":end"));
        return source.substring(start, end).lines().map(l -> l.startsWith("        ") ? l.substring(8) : l.strip())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void the_docs_name_no_module_or_page_that_does_not_exist() {
        String readme = read("README.md").toLowerCase(Locale.ROOT);
        for (String page : List.of("docs/campaigns.md", "docs/after-create.md", "docs/webhooks.md", "docs/compliance.md",
                "docs/durability.md", "docs/errors-and-transport.md", "docs/reliability.md", "docs/settings.md",
                "docs/capabilities.md", "docs/testing.md", "docs/dependencies.md", "docs/observability.md", "docs/spring-boot.md", "contributing.md")) {
            assertThat(readme).as("the README links " + page).contains("(" + page + ")");
        }
    }
}
