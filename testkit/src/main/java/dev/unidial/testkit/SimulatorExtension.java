package dev.unidial.testkit;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test an empty simulator: one is started before the test class's tests and
 * {@linkplain VendorSimulator#reset() reset} before each test, so nothing one test sent, made
 * or set (campaigns, lists, faults, webhook URLs) is seen by the next; its base URL and
 * {@link VendorSimulator#settings()} stay valid throughout. It stops after the class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static SimulatorExtension<RavanSimulator> ravan = SimulatorExtension.of(VendorSimulator::ravan);
 *
 * @Test
 * void creates() {
 *     try (CampaignClient client = CampaignClients.create("ravan", ravan.get().settings())) { ... }
 * }
 * }</pre>
 *
 * Needs JUnit Jupiter on the test class path (the testkit declares it optional).
 *
 * @param <S> the simulator type
 */
public final class SimulatorExtension<S extends VendorSimulator>
        implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private final Supplier<S> factory;
    private S simulator;

    private SimulatorExtension(Supplier<S> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * {@return an extension that starts the simulator the factory makes}
     *
     * @param <S> the simulator type
     * @param factory makes a new simulator
     */
    public static <S extends VendorSimulator> SimulatorExtension<S> of(Supplier<S> factory) {
        return new SimulatorExtension<>(factory);
    }

    /**
     * {@return the running simulator}
     *
     * @throws IllegalStateException outside the test class's lifecycle
     */
    public S get() {
        if (simulator == null) {
            throw new IllegalStateException("The simulator runs only while the test class runs; register the extension "
                    + "with @RegisterExtension on a static field");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = factory.get();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (simulator == null) {
            simulator = factory.get();
        } else {
            simulator.reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
