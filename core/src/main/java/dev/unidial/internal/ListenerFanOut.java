package dev.unidial.internal;

import dev.unidial.ClientListener;
import java.util.List;

/** Several listeners heard as one, each in turn: what {@link ClientListener#all} makes. Not API. */
public final class ListenerFanOut implements ClientListener {
    private final List<ClientListener> listeners;

    /**
     * Hears through each of these.
     *
     * @param listeners the listeners, in order
     */
    public ListenerFanOut(List<ClientListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public OperationTrace operationStarted(Operation operation) {
        List<OperationTrace> traces = listeners.stream().map(l -> l.operationStarted(operation)).toList();
        return new OperationTrace() {
            @Override
            public ExchangeTrace exchangeStarted(Exchange exchange) {
                List<ExchangeTrace> exchanges = traces.stream().map(t -> t.exchangeStarted(exchange)).toList();
                return new ExchangeTrace() {
                    @Override
                    public void exchangeEnded(ExchangeResult result) {
                        exchanges.forEach(x -> x.exchangeEnded(result));
                    }
                };
            }

            @Override
            public void operationEnded(OperationResult result) {
                traces.forEach(t -> t.operationEnded(result));
            }
        };
    }

    @Override
    public String toString() {
        return "ClientListener.all" + listeners;
    }
}
