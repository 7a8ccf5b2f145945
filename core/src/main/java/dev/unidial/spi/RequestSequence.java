package dev.unidial.spi;

import dev.unidial.UnidialException;
import dev.unidial.WireRequest;
import dev.unidial.http.Transport;
import dev.unidial.http.WireResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A create made of several requests, each sent only after the one before it was answered:
 * Kore.ai's contact list, its contacts a thousand at a time, then the campaign. One
 * description of the steps serves all three ways a create is made, so they cannot drift
 * apart: the {@linkplain #preview() preview}, the {@linkplain #sendAsync() send without
 * blocking}, and the {@linkplain #send(JournalSession) send under an idempotency key}, which a
 * run again resumes after the last step answered.
 *
 * <p>The leading steps are made when they are reached, so an audience of millions is read
 * once, as it is sent. The final step's answer is read into the result.
 *
 * @param <R> what the final answer is read into, such as a {@code CreatedCampaign}
 */
public final class RequestSequence<R> {
    /** The journal step holding how many steps were answered. */
    static final String ANSWERED_STEPS = "answeredSteps";

    private final Transport transport;
    private final Supplier<Iterator<Step>> leading;
    private final Supplier<WireRequest> last;
    private final Function<WireResponse, R> reader;
    private final Failure failure;

    private RequestSequence(Transport transport, Supplier<Iterator<Step>> leading, Supplier<WireRequest> last,
            Function<WireResponse, R> reader, Failure failure) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.leading = Objects.requireNonNull(leading, "leading");
        this.last = Objects.requireNonNull(last, "last");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /**
     * {@return a sequence}
     *
     * @param <R> what the final answer is read into
     * @param transport sends the requests
     * @param leading makes the leading steps afresh for each send (the iterator may read a lazy
     *     audience, and may throw when its source does)
     * @param last makes the final request
     * @param reader reads the final answer; a failure here counts as the final step's
     * @param failure what a failure becomes, given where it happened
     */
    public static <R> RequestSequence<R> of(Transport transport, Supplier<Iterator<Step>> leading,
            Supplier<WireRequest> last, Function<WireResponse, R> reader, Failure failure) {
        return new RequestSequence<>(transport, leading, last, reader, failure);
    }

    /**
     * One leading request.
     *
     * @param name its name in the journal, such as {@code contacts:1000}
     * @param request the request
     * @param targets how many targets it carries, counted once it is answered
     */
    public record Step(String name, WireRequest request, long targets) {
        /**
         * Checks the step.
         *
         * @param name its name in the journal
         * @param request the request
         * @param targets how many targets it carries
         */
        public Step {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(request, "request");
        }
    }

    /** What a failure part-way becomes: the provider's own exception, saying what exists. */
    @FunctionalInterface
    public interface Failure {
        /**
         * {@return the exception to throw}
         *
         * @param where where it failed: the index of the step (0 for the first), counting the
         *     final one; a source that failed while the next step was being made fails at that step
         * @param last whether the final request failed (or its answer could not be read)
         * @param targetsAnswered the targets carried by the steps answered before it
         * @param cause the failure
         */
        RuntimeException map(long where, boolean last, long targetsAnswered, RuntimeException cause);
    }

    /** {@return every request, in order, as it would be sent} */
    public List<WireRequest> preview() {
        List<WireRequest> requests = new ArrayList<>();
        leading.get().forEachRemaining(step -> requests.add(transport.preview(step.request())));
        requests.add(transport.preview(last.get()));
        return requests;
    }

    /**
     * {@return the result, the requests sent one after another; the calling thread waits}
     * A failure is thrown as it is, not wrapped.
     */
    public R send() {
        // On the calling thread, as a single-request create is: going through sendAsync and join
        // handed each step to OkHttp's threads and back, which made a Kore.ai create 1.4x the baseline.
        return sendSteps(null);
    }

    /** {@return the result, the requests sent one after another without blocking a thread} */
    public CompletableFuture<R> sendAsync() {
        return next(leading.get(), 0, 0);
    }

    private CompletableFuture<R> next(Iterator<Step> steps, long index, long answered) {
        Step step;
        try {
            step = steps.hasNext() ? steps.next() : null;
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(failure.map(index, false, answered, e));
        }
        if (step == null) {
            return transport.executeAsync(last.get()).thenApply(reader)
                    .exceptionallyCompose(e -> failed(index, true, answered, e));
        }
        return transport.executeAsync(step.request())
                .exceptionallyCompose(e -> failed(index, false, answered, e))
                .thenCompose(r -> next(steps, index + 1, answered + step.targets()));
    }

    private <T> CompletableFuture<T> failed(long index, boolean last, long answered, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (!(cause instanceof RuntimeException r)) {
            return CompletableFuture.failedFuture(cause);
        }
        return CompletableFuture.failedFuture(failure.map(index, last, answered, r));
    }

    /**
     * Sends the steps not yet answered, recording each before it is sent and after its answer.
     * A step recorded as sent with no answer, by a process that died, makes the create uncertain.
     * The caller records the result as done ({@link JournalSession#done}).
     *
     * @param session the claim on the create's idempotency key
     * @return the result
     * @throws dev.unidial.UncertainCreateException if an earlier run sent a step whose answer it never recorded
     */
    public R send(JournalSession session) {
        return sendSteps(Objects.requireNonNull(session, "session"));
    }

    /** The steps one after another on the calling thread, each recorded when there is a session (else null). */
    private R sendSteps(JournalSession session) {
        long done = 0;
        if (session != null) {
            session.requireNothingUnanswered();
            done = Long.parseLong(session.steps().getOrDefault(ANSWERED_STEPS, "0"));
        }
        Iterator<Step> steps = leading.get();
        long index = 0;
        long answered = 0;
        while (true) {
            Step step;
            try {
                if (!steps.hasNext()) {
                    break;
                }
                step = steps.next();
            } catch (RuntimeException e) {
                if (session != null) {
                    session.release();
                }
                throw failure.map(index, false, answered, e);
            }
            if (index >= done) {
                // Steps below `done` were answered before an earlier run stopped: not sent again.
                long where = index;
                long before = answered;
                sent(session, step.name(), index == 0, () -> transport.execute(step.request()),
                        e -> failure.map(where, false, before, e));
                if (session != null) {
                    session.step(ANSWERED_STEPS, Long.toString(index + 1));
                }
            }
            answered += step.targets();
            index++;
        }
        long where = index;
        long before = answered;
        return sent(session, "final", index == 0 && done == 0, () -> reader.apply(transport.execute(last.get())),
                e -> failure.map(where, true, before, e));
    }

    /** One request: without a session, any failure is mapped; with one, recorded before it is sent and after its answer. */
    private static <T> T sent(JournalSession session, String name, boolean first, Supplier<T> request,
            Function<RuntimeException, RuntimeException> onFailure) {
        if (session == null) {
            try {
                return request.get();
            } catch (RuntimeException e) {
                throw onFailure.apply(e);
            }
        }
        session.sending(name);
        T answer;
        try {
            answer = request.get();
        } catch (UnidialException e) {
            session.failed(name, e, first);
            throw onFailure.apply(e);
        } catch (RuntimeException e) {
            // Not the vendor's answer (a reader that failed): recorded as sent, so a run again is uncertain.
            session.release();
            throw e;
        }
        session.answered(name);
        return answer;
    }
}
