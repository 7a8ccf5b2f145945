package dev.unidial.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unidial.CampaignClients;
import dev.unidial.spi.ProviderDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The starter's configuration metadata (what IDEs complete under {@code unidial.*}) and the
 * properties table of {@code docs/spring-boot.md} are generated from the providers' descriptors,
 * which an annotation processor cannot see: these tests keep both equal to the code. Run with
 * {@code -Dunidial.docs.update=true} to rewrite them.
 */
class PropertiesMetadataTest {
    private static final boolean UPDATE = Boolean.getBoolean("unidial.docs.update");
    private static final Path METADATA = Path.of("src", "main", "resources", "META-INF",
            "additional-spring-configuration-metadata.json");
    private static final Path DOCS = Path.of("..", "docs", "spring-boot.md");
    private static final List<String> PROVIDERS = List.of("callkaro", "voiceable", "mrassistant", "kore", "ravan");

    private record Property(String name, String type, String description, String defaultValue) {}

    private static List<Property> properties() {
        assertThat(CampaignClients.available()).as("every provider on the test class path").containsAll(PROVIDERS);
        List<Property> all = new ArrayList<>(List.of(
                new Property("unidial.mapping-policy", "java.lang.String", "STRICT (default) or LENIENT, for every provider.", "STRICT"),
                new Property("unidial.max-retries", "java.lang.Integer", "HTTP retries of the SDK's own requests, for every provider.", "2"),
                new Property(UnidialProperties.WEBHOOKS_ENABLED, "java.lang.Boolean", "Whether to serve the webhook endpoint.", "false"),
                new Property(UnidialProperties.WEBHOOKS_PATH, "java.lang.String", "Where the endpoint listens: POST <path>/<provider>.",
                        UnidialProperties.DEFAULT_WEBHOOKS_PATH),
                new Property(UnidialProperties.WEBHOOKS_URL_TOKEN, "java.lang.String",
                        "The token in the webhook URLs registered with the vendors (CallEvents.newUrlToken()).", null),
                new Property(UnidialProperties.MRASSISTANT_WEBHOOK_SECRET, "java.lang.String",
                        "The secret MrAssistant signs its webhooks with (the campaign's webhook_secret).", null)));
        for (String provider : PROVIDERS) {
            Map<String, String> names = UnidialProperties.propertiesOf(provider);
            for (ProviderDescriptor.Setting<?> s : ProviderDescriptor.find(provider).settings()) {
                String property = names.entrySet().stream().filter(e -> e.getValue().equals(s.name())).findFirst().orElseThrow()
                        .getKey();
                all.add(new Property(property, "java.lang.String", s.meaning().replace("`", "") + " (" + s.name() + ").", null));
            }
        }
        return all;
    }

    private static String metadata() throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ArrayNode props = root.putArray("properties");
        for (Property p : properties()) {
            ObjectNode n = props.addObject().put("name", p.name()).put("type", p.type()).put("description", p.description())
                    .put("sourceType", UnidialClients.class.getName());
            if (p.defaultValue() != null) {
                n.put("defaultValue", p.defaultValue());
            }
        }
        return json.writeValueAsString(root) + "\n";
    }

    private static String table() {
        StringBuilder b = new StringBuilder("| Property | Meaning |\n|---|---|\n");
        for (Property p : properties()) {
            b.append("| `").append(p.name()).append("` | ").append(p.description().replace("|", "\\|"))
                    .append(p.defaultValue() == null ? "" : " Default `" + p.defaultValue() + "`.").append(" |\n");
        }
        return b.toString();
    }

    @Test
    void the_configuration_metadata_names_every_property_the_starter_reads() throws IOException {
        String expected = metadata();
        if (UPDATE) {
            Files.writeString(METADATA, expected);
        }
        assertThat(Files.readString(METADATA)).as("rewrite with -Dunidial.docs.update=true").isEqualTo(expected);
    }

    @Test
    void the_docs_properties_table_is_the_code_s() throws IOException {
        String text = Files.readString(DOCS);
        String start = "<!-- spring-properties:start -->\n";
        String end = "<!-- spring-properties:end -->";
        int from = text.indexOf(start) + start.length();
        int to = text.indexOf(end);
        assertThat(from).isGreaterThan(start.length() - 1);
        if (UPDATE) {
            Files.writeString(DOCS, text.substring(0, from) + table() + text.substring(to));
            text = Files.readString(DOCS);
            to = text.indexOf(end);
        }
        assertThat(text.substring(from, to)).as("rewrite with -Dunidial.docs.update=true").isEqualTo(table());
    }
}
