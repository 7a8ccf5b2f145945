package dev.unidial.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unidial.CampaignClient;
import dev.unidial.spi.AbstractCampaignClient;
import dev.unidial.spi.AbstractClientBuilder;
import dev.unidial.spi.ProviderDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every provider module keeps the common shape, so that knowing one is knowing all five:
 * {@code <Vendor>Descriptor}, {@code <Vendor>Client} (builder, {@code fromEnv}, {@code api},
 * neutral methods only), {@code <Vendor>Api}, and the package-private
 * {@code <Vendor>CampaignMapper} and {@code <Vendor>ErrorDecoder}; in its tests, one
 * {@code <Vendor>Harness} feeding the three contract suites.
 */
class ProviderShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"callkaro", "voiceable", "mrassistant", "kore", "ravan"})
    void each_provider_module_has_the_common_shape(String provider) throws Exception {
        ProviderDescriptor<?> descriptor = ProviderDescriptor.find(provider);
        Class<?> d = descriptor.getClass();
        assertThat(d.getSimpleName()).endsWith("Descriptor");
        String vendor = d.getSimpleName().substring(0, d.getSimpleName().length() - "Descriptor".length());
        String pkg = d.getPackageName() + "." + vendor;
        assertThat(Modifier.isPublic(d.getModifiers()) && Modifier.isFinal(d.getModifiers())).as("descriptor").isTrue();

        Class<?> client = Class.forName(pkg + "Client");
        assertThat(Modifier.isPublic(client.getModifiers()) && Modifier.isFinal(client.getModifiers())).isTrue();
        assertThat(AbstractCampaignClient.class).isAssignableFrom(client);
        assertThat(d.getField("PROVIDER").get(null)).as("the vendor's identity is in its descriptor").isEqualTo(provider);
        assertThat(Arrays.stream(client.getFields()).map(Field::getName))
                .as("no setting's name on the client").noneMatch(n -> n.startsWith("ENV_") || n.equals("PROVIDER"));
        Method builder = client.getMethod("builder");
        assertThat(Modifier.isStatic(builder.getModifiers())).isTrue();
        assertThat(AbstractClientBuilder.class).isAssignableFrom(builder.getReturnType());
        assertThat(builder.getReturnType().getSimpleName()).isEqualTo("Builder");
        assertThat(client.getMethod("fromEnv").getReturnType()).isEqualTo(client);
        Method api = client.getMethod("api");
        assertThat(api.getReturnType().getName()).isEqualTo(pkg + "Api");
        assertThat(client.getConstructors()).as("built only through its builder").isEmpty();
        // The client keeps the neutral methods and its wiring: every other public method lives on the API.
        assertThat(Arrays.stream(client.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> !Modifier.isStatic(m.getModifiers())).map(Method::getName)
                .filter(n -> !isNeutral(n))).as("public methods of %s beyond the neutral ones", client.getSimpleName())
                .isEmpty();

        Class<?> apiClass = api.getReturnType();
        assertThat(Modifier.isPublic(apiClass.getModifiers()) && Modifier.isFinal(apiClass.getModifiers())).isTrue();
        assertThat(apiClass.getConstructors()).as("reached only through client.api()").isEmpty();

        for (String internal : new String[] {"CampaignMapper", "ErrorDecoder"}) {
            Class<?> c = Class.forName(pkg + internal);
            assertThat(Modifier.isPublic(c.getModifiers())).as(c.getSimpleName() + " is not API").isFalse();
            assertThat(Modifier.isFinal(c.getModifiers())).isTrue();
        }

        // One harness feeds the three contract suites, each a class that only returns it.
        Path tests = Path.of("..", "provider-" + provider, "src", "test", "java", "dev", "unidial",
                provider);
        assertThat(tests.resolve(vendor + "Harness.java")).exists();
        for (String suite : new String[] {"Contract", "FaultMatrix", "Property"}) {
            assertThat(Files.readString(tests.resolve(vendor + suite + "Test.java")))
                    .contains("return new " + vendor + "Harness();");
        }
    }

    private static boolean isNeutral(String name) {
        return Arrays.stream(CampaignClient.class.getMethods()).anyMatch(m -> m.getName().equals(name))
                || name.equals("api") || name.equals("toString") || name.equals("mappingPolicy");
    }
}
