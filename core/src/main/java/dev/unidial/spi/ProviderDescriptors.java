package dev.unidial.spi;

import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/** The providers on the class path, found with {@link ServiceLoader}. */
final class ProviderDescriptors {
    /** Unidial's own providers; each lives in the artifact {@code unidial-<name>}. */
    private static final List<String> UNIDIAL_PROVIDERS = List.of("callkaro", "voiceable", "mrassistant", "kore", "ravan");

    private ProviderDescriptors() {}

    static ProviderDescriptor<?> find(String provider) {
        Objects.requireNonNull(provider, "provider");
        for (ProviderDescriptor<?> d : installed()) {
            if (d.name().equalsIgnoreCase(provider)) {
                return d;
            }
        }
        Set<String> available = installedNames();
        throw new IllegalArgumentException("No Unidial provider named '" + provider + "' is on the class path. "
                + (available.isEmpty() ? "None is." : "On the class path: " + String.join(", ", available) + ".")
                + " Unidial's providers and their artifacts: " + String.join(", ", UNIDIAL_PROVIDERS.stream()
                        .map(p -> p + " (dev.unidial:unidial-" + p + ")").toList())
                + "; add the one you need next to unidial-core.");
    }

    static Set<String> installedNames() {
        Set<String> names = new TreeSet<>();
        installed().forEach(d -> names.add(d.name()));
        return names;
    }

    @SuppressWarnings("rawtypes")
    private static Iterable<ProviderDescriptor> installed() {
        return ServiceLoader.load(ProviderDescriptor.class);
    }
}
