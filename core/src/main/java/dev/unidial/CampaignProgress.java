package dev.unidial;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * How far a campaign has got, in calls (or contacts), as far as the vendor reports it: each
 * count is empty when the vendor does not report it.
 */
public final class CampaignProgress {
    private final Long total;
    private final Long completed;
    private final Long failed;
    private final Long noAnswer;
    private final Long pending;
    private final Long inProgress;

    private CampaignProgress(Builder b) {
        this.total = b.total;
        this.completed = b.completed;
        this.failed = b.failed;
        this.noAnswer = b.noAnswer;
        this.pending = b.pending;
        this.inProgress = b.inProgress;
    }

    /** {@return a builder with every count unknown} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return how many people the campaign calls in all} */
    public OptionalLong total() {
        return of(total);
    }

    /** {@return how many were reached and finished} */
    public OptionalLong completed() {
        return of(completed);
    }

    /** {@return how many could not be reached after every attempt} */
    public OptionalLong failed() {
        return of(failed);
    }

    /** {@return how many were called but did not answer, where the vendor counts them apart from {@link #failed()}} */
    public OptionalLong noAnswer() {
        return of(noAnswer);
    }

    /** {@return how many are still to be called} */
    public OptionalLong pending() {
        return of(pending);
    }

    /** {@return how many calls are running now} */
    public OptionalLong inProgress() {
        return of(inProgress);
    }

    private static OptionalLong of(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CampaignProgress p && Objects.equals(total, p.total) && Objects.equals(completed, p.completed)
                && Objects.equals(failed, p.failed) && Objects.equals(noAnswer, p.noAnswer) && Objects.equals(pending, p.pending)
                && Objects.equals(inProgress, p.inProgress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, completed, failed, noAnswer, pending, inProgress);
    }

    @Override
    public String toString() {
        return "CampaignProgress[total=" + total + ", completed=" + completed + ", failed=" + failed + ", noAnswer=" + noAnswer + ", pending="
                + pending + ", inProgress=" + inProgress + "]";
    }

    /** Builds a {@link CampaignProgress}; counts left unset are unknown. */
    public static final class Builder {
        private Long total;
        private Long completed;
        private Long failed;
        private Long noAnswer;
        private Long pending;
        private Long inProgress;

        private Builder() {}

        /**
         * Sets the total.
         *
         * @param total how many people the campaign calls in all
         * @return this builder
         */
        public Builder total(long total) {
            this.total = total;
            return this;
        }

        /**
         * Sets the completed count.
         *
         * @param completed how many were reached and finished
         * @return this builder
         */
        public Builder completed(long completed) {
            this.completed = completed;
            return this;
        }

        /**
         * Sets the failed count.
         *
         * @param failed how many could not be reached
         * @return this builder
         */
        public Builder failed(long failed) {
            this.failed = failed;
            return this;
        }

        /**
         * Sets the count of calls not answered.
         *
         * @param noAnswer how many did not answer
         * @return this builder
         */
        public Builder noAnswer(long noAnswer) {
            this.noAnswer = noAnswer;
            return this;
        }

        /**
         * Sets the pending count.
         *
         * @param pending how many are still to be called
         * @return this builder
         */
        public Builder pending(long pending) {
            this.pending = pending;
            return this;
        }

        /**
         * Sets the in-progress count.
         *
         * @param inProgress how many calls are running now
         * @return this builder
         */
        public Builder inProgress(long inProgress) {
            this.inProgress = inProgress;
            return this;
        }

        /** {@return the progress} */
        public CampaignProgress build() {
            return new CampaignProgress(this);
        }
    }
}
