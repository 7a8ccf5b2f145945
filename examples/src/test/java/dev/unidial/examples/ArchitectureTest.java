package dev.unidial.examples;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import dev.unidial.CampaignClient;
import dev.unidial.CampaignClientBuilder;
import dev.unidial.spi.AbstractCampaignClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of the module layout, checked on every shipped module's classes: core knows no
 * vendor, providers never import each other, shipped code never uses the testkit or the TCK,
 * no package cycle (the two classes that load providers aside), and every provider has the
 * common shape.
 */
class ArchitectureTest {
    private static final List<String> PROVIDERS = List.of("callkaro", "voiceable", "mrassistant", "kore", "ravan");
    private static final String[] CORE = {"dev.unidial", "dev.unidial.spi", "dev.unidial.http", "dev.unidial.internal"};
    private static final JavaClasses SHIPPED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.unidial")
            .that(not(resideInAnyPackage("dev.unidial.examples..", "dev.unidial.benchmarks..", "dev.unidial.testkit..",
                    "dev.unidial.tck..")));

    /** The two classes of the model that load providers, as {@code FileSystems} loads its providers. */
    private static final DescribedPredicate<JavaClass> PROVIDER_LOADERS = DescribedPredicate.describe(
            "CampaignClients or CallEvents", c -> c.getName().matches("dev\\.unidial\\.(CampaignClients|CallEvents)(\\$.*)?"));

    private static String[] providerPackages() {
        return PROVIDERS.stream().map(p -> "dev.unidial." + p + "..").toArray(String[]::new);
    }

    @Test
    void the_import_sees_every_shipped_module() {
        for (String p : List.of("dev.unidial.spi", "dev.unidial.compliance", "dev.unidial.jdbc", "dev.unidial.kore")) {
            assertThat(SHIPPED.stream().anyMatch(c -> c.getPackageName().equals(p))).as(p).isTrue();
        }
    }

    @Test
    void core_knows_no_vendor() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAnyPackage(providerPackages())
                .check(SHIPPED);
    }

    @Test
    void providers_never_import_each_other() {
        for (String p : PROVIDERS) {
            String[] others = PROVIDERS.stream().filter(o -> !o.equals(p)).map(o -> "dev.unidial." + o + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("dev.unidial." + p + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(others).check(SHIPPED);
        }
    }

    @Test
    void shipped_code_never_uses_the_testkit_or_the_tck() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.unidial.testkit..", "dev.unidial.tck..")
                .check(SHIPPED);
    }

    @Test
    void no_spring_metrics_or_tracing_class_reaches_core_or_a_provider() {
        noClasses().that().resideInAnyPackage(CORE).or().resideInAnyPackage(providerPackages()).should()
                .dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.micrometer..", "io.opentelemetry..")
                .check(SHIPPED);
    }

    @Test
    void only_the_provider_loaders_of_the_model_use_the_spi() {
        noClasses().that().resideInAPackage("dev.unidial").and(not(PROVIDER_LOADERS)).should().dependOnClassesThat()
                .resideInAPackage("dev.unidial.spi").check(SHIPPED);
    }

    @Test
    void no_public_signature_of_the_users_package_mentions_an_internal_type() {
        DescribedPredicate<JavaClass> internal = resideInAPackage("dev.unidial.internal");
        ArchRuleDefinition.noMethods().that().arePublic().and()
                .areDeclaredInClassesThat().resideInAPackage("dev.unidial").and().areDeclaredInClassesThat().arePublic()
                .should().haveRawReturnType(internal).check(SHIPPED);
        ArchRuleDefinition.noCodeUnits().that().arePublic().and()
                .areDeclaredInClassesThat().resideInAPackage("dev.unidial").and().areDeclaredInClassesThat().arePublic()
                .should().haveRawParameterTypes(DescribedPredicate.anyElementThat(internal)).check(SHIPPED);
        ArchRuleDefinition.noFields().that().arePublic().and()
                .areDeclaredInClassesThat().resideInAPackage("dev.unidial").should().haveRawType(internal).check(SHIPPED);
    }

    @Test
    void no_package_depends_on_itself_through_another() {
        SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                // dev.unidial.internal is the model's own plumbing, split out of the user's package: one slice with it.
                String pkg = c.getPackageName().equals("dev.unidial.internal") ? "dev.unidial" : c.getPackageName();
                return SliceIdentifier.of(pkg);
            }

            @Override
            public String getDescription() {
                return "one slice per package, the model's internal package with the model";
            }
        }).should().beFreeOfCycles().ignoreDependency(PROVIDER_LOADERS, resideInAPackage("dev.unidial.spi")).check(SHIPPED);
    }

    /** What a client may offer beyond the neutral methods: its API, its policy, its text. */
    private static boolean isNeutral(String method) {
        return Arrays.stream(CampaignClient.class.getMethods()).anyMatch(m -> m.getName().equals(method))
                || List.of("api", "toString", "mappingPolicy").contains(method);
    }

    @Test
    void every_provider_has_the_common_shape() throws IOException {
        Map<String, String> vendors = Map.of("callkaro", "CallKaro", "voiceable", "Voiceable", "mrassistant", "MrAssistant",
                "kore", "Kore", "ravan", "Ravan");
        for (String p : PROVIDERS) {
            String vendor = vendors.get(p);
            String pkg = "dev.unidial." + p + "." + vendor;
            for (String part : List.of("Client", "Api", "Descriptor", "CampaignMapper", "WireRules", "ErrorDecoder")) {
                assertThat(SHIPPED.contain(pkg + part)).as(pkg + part).isTrue();
            }
            JavaClass descriptor = SHIPPED.get(pkg + "Descriptor");
            assertThat(descriptor.getModifiers()).contains(JavaModifier.PUBLIC, JavaModifier.FINAL);
            assertThat(descriptor.getField("PROVIDER").getModifiers()).as("the vendor's identity is in its descriptor")
                    .contains(JavaModifier.STATIC);

            JavaClass client = SHIPPED.get(pkg + "Client");
            assertThat(client.getModifiers()).contains(JavaModifier.PUBLIC, JavaModifier.FINAL);
            assertThat(client.isAssignableTo(AbstractCampaignClient.class)).isTrue();
            assertThat(client.getFields()).extracting(JavaField::getName).as("no setting's name on the client")
                    .noneMatch(n -> n.startsWith("ENV_") || n.equals("PROVIDER"));
            assertThat(client.getMethod("builder").getRawReturnType().getSimpleName()).isEqualTo("Builder");
            assertThat(client.getMethod("fromEnv").getRawReturnType()).isEqualTo(client);
            assertThat(client.getMethod("api").getRawReturnType().getName()).isEqualTo(pkg + "Api");
            assertThat(client.getConstructors()).as("built only through its builder")
                    .noneMatch(c -> c.getModifiers().contains(JavaModifier.PUBLIC));
            assertThat(client.getMethods()).as("public methods of %s beyond the neutral ones", client.getSimpleName())
                    .filteredOn(m -> m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.STATIC))
                    .extracting(JavaMethod::getName).allMatch(ArchitectureTest::isNeutral);
            assertThat(client.getMethod("builder").getRawReturnType().isAssignableTo(CampaignClientBuilder.class))
                    .as("its builder is a CampaignClientBuilder").isTrue();

            JavaClass api = SHIPPED.get(pkg + "Api");
            assertThat(api.getModifiers()).contains(JavaModifier.PUBLIC, JavaModifier.FINAL);
            assertThat(api.getConstructors()).as("reached only through client.api()")
                    .noneMatch(c -> c.getModifiers().contains(JavaModifier.PUBLIC));
            for (String internal : List.of("CampaignMapper", "WireRules", "ErrorDecoder")) {
                assertThat(SHIPPED.get(pkg + internal).getModifiers()).as(pkg + internal + " is not API")
                        .doesNotContain(JavaModifier.PUBLIC).contains(JavaModifier.FINAL);
            }
            noClasses().that().haveFullyQualifiedName(pkg + "Api").should().dependOnClassesThat()
                    .haveFullyQualifiedName(pkg + "CampaignMapper").because("wire rules live in WireRules, which both use")
                    .check(SHIPPED);

            // In its tests, one harness feeds the three contract suites, each a class that only returns it.
            Path tests = Path.of("..", "provider-" + p, "src", "test", "java", "dev", "unidial", p);
            assertThat(tests.resolve(vendor + "Harness.java")).exists();
            for (String suite : List.of("Contract", "FaultMatrix", "Property")) {
                assertThat(Files.readString(tests.resolve(vendor + suite + "Test.java"))).contains("return new " + vendor + "Harness();");
            }
        }
    }
}
