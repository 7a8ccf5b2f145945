package dev.unidial.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
                new Generated("docs/capabilities.md", "capability-matrix", CapabilityMatrix::markdown)));
        for (String provider : CapabilityMatrix.PROVIDERS) {
            all.add(new Generated("docs/vendors/" + provider + ".md", "required-fields", () -> RequiredFields.markdown(provider)));
        }
        return all;
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
                "docs/capabilities.md", "docs/testing.md", "docs/dependencies.md", "contributing.md")) {
            assertThat(readme).as("the README links " + page).contains("(" + page + ")");
        }
    }
}
