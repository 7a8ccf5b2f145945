package dev.unidial.compliance;

import dev.unidial.Target;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The exclusions of a lazy audience, decided again as the source is read. */
final class ExclusionView implements Iterator<Exclusion> {
    private final Iterator<Target> source;
    private final NumberCheck check;
    private long index;
    private Exclusion next;

    ExclusionView(Iterator<Target> source, NumberCheck check) {
        this.source = source;
        this.check = check;
    }

    @Override
    public boolean hasNext() {
        while (next == null && source.hasNext()) {
            Target t = source.next();
            NumberCheck.Decision d = check.decide(t);
            if (!d.included()) {
                next = new Exclusion(index, t, d.reason(), d.detail());
            }
            index++;
        }
        return next != null;
    }

    @Override
    public Exclusion next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Exclusion out = next;
        next = null;
        return out;
    }
}
