package dev.unidial.router;

import dev.unidial.Target;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which targets a route takes: see {@link CampaignRouter.Builder#route(dev.unidial.CampaignClient, RouteCondition)}.
 * Immutable and thread-safe.
 */
public final class RouteCondition {
    private final String description;
    private final Predicate<Target> test;

    private RouteCondition(String description, Predicate<Target> test) {
        this.description = description;
        this.test = test;
    }

    /**
     * {@return a condition that takes the targets whose E.164 number has one of these country
     * calling codes} Calling codes never begin one another, so a number's code is the digits
     * after {@code +} that start with one of them: {@code callingCodes(91)} takes
     * {@code +919876543210}, {@code callingCodes(1)} every number of the North American plan.
     * A number that is not E.164 matches no calling code.
     *
     * @param codes calling codes, 1 to 999, such as {@code 91} for India or {@code 44} for the UK
     * @throws IllegalArgumentException if none is given or one is out of range
     */
    public static RouteCondition callingCodes(int... codes) {
        if (Objects.requireNonNull(codes, "codes").length == 0) {
            throw new IllegalArgumentException("callingCodes needs at least one calling code, such as 91");
        }
        String[] prefixes = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] < 1 || codes[i] > 999) {
                throw new IllegalArgumentException("a calling code is 1 to 999, such as 91 or 44, but one is " + codes[i]);
            }
            prefixes[i] = "+" + codes[i];
        }
        String description = Arrays.stream(codes).mapToObj(c -> "+" + c).collect(Collectors.joining(", ", "calling codes ", ""));
        return new RouteCondition(description, target -> {
            String phone = target.phone();
            for (String prefix : prefixes) {
                if (phone.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * {@return a condition of your own}
     *
     * @param description what it takes, for plans and messages, such as {@code "premium customers"}
     * @param test whether a target is taken; called once per target per pass over the audience
     */
    public static RouteCondition of(String description, Predicate<Target> test) {
        return new RouteCondition(Objects.requireNonNull(description, "description"), Objects.requireNonNull(test, "test"));
    }

    /**
     * {@return whether this condition takes the target}
     *
     * @param target the target
     */
    public boolean matches(Target target) {
        return test.test(target);
    }

    /** {@return what this condition takes, such as {@code calling codes +91}} */
    @Override
    public String toString() {
        return description;
    }
}
