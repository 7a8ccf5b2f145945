package dev.unidial;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The campaign breaks one or more documented rules. Thrown before any request is sent;
 * {@link #violations()} lists every broken rule with its field path, not just the first.
 */
public class CampaignValidationException extends UnidialException {
    private static final long serialVersionUID = 1L;
    private static final int IN_MESSAGE = 20;

    private final transient List<Violation> violations;

    /** @param violations at least one violation */
    public CampaignValidationException(List<Violation> violations) {
        super(message(violations));
        this.violations = List.copyOf(violations);
    }

    /** {@return every violation, in the order found} */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(List<Violation> violations) {
        String shown = violations.stream().limit(IN_MESSAGE).map(Violation::toString)
                .collect(Collectors.joining("; "));
        int more = violations.size() - IN_MESSAGE;
        return "The campaign is invalid (" + violations.size() + (violations.size() == 1 ? " violation" : " violations")
                + "): " + shown + (more > 0 ? "; and " + more + " more (see violations())" : "");
    }

    /** Nothing was sent: the campaign was refused before any request. */
    @Override
    public boolean vendorMayHaveActed() {
        return false;
    }
}
