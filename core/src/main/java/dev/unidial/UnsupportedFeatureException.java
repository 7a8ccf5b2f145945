package dev.unidial;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The campaign uses features the vendor cannot express, under {@link MappingPolicy#STRICT}.
 * Thrown before any request; {@link #features()} names every one.
 */
public class UnsupportedFeatureException extends UnidialException {
    private static final long serialVersionUID = 1L;

    /** The provider's name. */
    private final String provider;
    private final transient Set<Feature> features;

    /**
     *
     * @param features at least one feature
     * @param provider the provider's name
     */
    public UnsupportedFeatureException(String provider, Set<Feature> features) {
        this(provider, features, Map.of());
    }

    /**
     *
     * @param features at least one feature
     * @param hints what to do to get some of them (such as a client setting), by feature
     * @param provider the provider's name
     */
    public UnsupportedFeatureException(String provider, Set<Feature> features, Map<Feature, String> hints) {
        super(message(provider, features, hints));
        this.provider = provider;
        this.features = Collections.unmodifiableSet(EnumSet.copyOf(features));
    }

    private static String message(String provider, Set<Feature> features, Map<Feature, String> hints) {
        String hinted = features.stream().filter(hints::containsKey).map(f -> " " + hints.get(f)).collect(Collectors.joining());
        if (features.stream().allMatch(Feature::isOperation)) {
            return provider + " documents no way of " + features.stream().map(Feature::label)
                    .collect(Collectors.joining(", ")) + "; nothing was sent." + hinted;
        }
        return provider + " cannot express " + features.stream().map(Feature::label).collect(Collectors.joining(", "))
                + ". Remove " + (features.size() == 1 ? "it" : "them")
                + " from the campaign, or build the client with MappingPolicy.LENIENT to send without "
                + (features.size() == 1 ? "it" : "them") + " (each is then listed in warnings())."
                + hinted;
    }

    /** {@return the provider that refused} */
    public String provider() {
        return provider;
    }

    /** {@return every feature the vendor cannot express} */
    public Set<Feature> features() {
        return features;
    }

    /** Nothing was sent: the campaign was refused before any request. */
    @Override
    public boolean vendorMayHaveActed() {
        return false;
    }
}
