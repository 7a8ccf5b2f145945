package dev.unidial.compliance;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** The elements of a source that a function keeps (non-null), mapped; read as iterated. */
final class FilteringIterator<S, T> implements Iterator<T> {
    private final Iterator<S> source;
    private final Function<S, T> keep;
    private T next;

    FilteringIterator(Iterator<S> source, Function<S, T> keep) {
        this.source = source;
        this.keep = keep;
    }

    @Override
    public boolean hasNext() {
        while (next == null && source.hasNext()) {
            next = keep.apply(source.next());
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T out = next;
        next = null;
        return out;
    }
}
