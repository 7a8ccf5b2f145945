package dev.unidial.compliance;

import dev.unidial.Campaign;
import dev.unidial.CreatedCampaign;
import dev.unidial.UnidialException;
import dev.unidial.internal.Violations;
import java.util.List;

/**
 * {@link GateResult#createAll} created some of the gate's campaigns and then one failed: the
 * campaigns before it exist at the vendor ({@link #created()}), the one that failed is
 * {@link #failed()}, and the vendor's (or the client's) exception is the cause. Campaigns after
 * the failed one were not sent. Whether the vendor may have acted on the failed campaign is
 * the cause's to say ({@link #vendorMayHaveActed()}).
 */
public final class GateCreateException extends UnidialException {
    private static final long serialVersionUID = 1L;

    private final transient List<CreatedCampaign> created;
    private final transient Campaign failed;

    GateCreateException(List<CreatedCampaign> created, Campaign failed, int of, RuntimeException cause) {
        super("The compliance gate's campaigns were created in part: " + created.size() + " of " + of
                + " created, then '" + Violations.printable(failed.name()) + "' failed ("
                + cause.getClass().getSimpleName() + "); the campaigns after it were not sent. created() lists the"
                + " campaigns that exist; retry failed() and the rest once the cause is fixed.", cause);
        this.created = List.copyOf(created);
        this.failed = failed;
    }

    /** {@return the campaigns created before the failure, in the order of {@link GateResult#campaigns()}} */
    public List<CreatedCampaign> created() {
        return created;
    }

    /** {@return the campaign whose create failed} */
    public Campaign failed() {
        return failed;
    }

    /** {@return what the cause says: whether the vendor may have created the failed campaign} */
    @Override
    public boolean vendorMayHaveActed() {
        return getCause() instanceof UnidialException u ? u.vendorMayHaveActed() : true;
    }
}
