package dev.unidial.internal;

import java.util.function.Supplier;

/**
 * Where the SDK's own packages get a {@link TargetCheck}: the model installs its factory when
 * its validator is first loaded, so that the check needs no public door in the user's package
 * (the way the JDK shares its internals between packages). Not API.
 */
public final class TargetChecks {
    private static volatile Supplier<TargetCheck> factory;

    private TargetChecks() {}

    /**
     * Installs the factory; the model's validator calls it once.
     *
     * @param checks makes a check
     */
    public static void install(Supplier<TargetCheck> checks) {
        factory = checks;
    }

    /** {@return a new check of inline targets, one target at a time} */
    public static TargetCheck create() {
        if (factory == null) {
            try {
                // Loading the validator installs the factory.
                Class.forName("dev.unidial.CampaignValidator", true, TargetChecks.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the model's validator is missing", e);
            }
        }
        return factory.get();
    }
}
