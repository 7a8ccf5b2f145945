package dev.unidial.mrassistant;

import dev.unidial.CreatedCampaign;
import dev.unidial.UnidialException;
import java.util.List;

/**
 * {@link MrAssistantApi#createInBatches} stopped part of the way: {@link #created()}
 * holds every campaign already created (nothing is lost), and {@link #failedBatch()} says
 * which batch failed (from 0), so the rest can be sent again from there. The cause is the
 * failure itself: the vendor's exception for that batch's create, or what the audience's own
 * source threw while that batch was being read (nothing of that batch was sent then).
 */
public class MrAssistantBatchException extends UnidialException {
    private static final long serialVersionUID = 1L;

    private final transient List<CreatedCampaign> created;
    /** The 1-based number of the batch that failed. */
    private final int failedBatch;
    /** How many batches the campaign needed. */
    private final int batches;

    MrAssistantBatchException(List<CreatedCampaign> created, int failedBatch, int batches, RuntimeException cause) {
        super("Batch " + (failedBatch + 1) + " of " + batches + " failed after " + created.size()
                + " campaigns were created (see created()): " + (cause instanceof UnidialException
                        ? cause.getMessage() : "the audience's source threw " + cause.getClass().getName()
                                + " while the batch was read; nothing of it was sent"), cause);
        this.created = List.copyOf(created);
        this.failedBatch = failedBatch;
        this.batches = batches;
    }

    /** {@return what the cause says, or false when the source failed before the batch was sent} */
    @Override
    public boolean vendorMayHaveActed() {
        return getCause() instanceof UnidialException u && u.vendorMayHaveActed();
    }

    /** {@return the campaigns created before the failure, in order} */
    public List<CreatedCampaign> created() {
        return created;
    }

    /**
     * {@return the index of the batch that failed, from 0; its targets start at {@code failedBatch() * 1000}}
     */
    public int failedBatch() {
        return failedBatch;
    }

    /** {@return how many batches there were in all} */
    public int batches() {
        return batches;
    }
}
