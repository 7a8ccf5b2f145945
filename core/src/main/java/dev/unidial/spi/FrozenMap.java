package dev.unidial.spi;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable map that keeps its keys in the order given. {@link WireFields#map} returns
 * one as is instead of copying it again, so a target's variables are copied once when the
 * target is built and never again on the way to the wire (a campaign may have millions).
 */
final class FrozenMap extends AbstractMap<String, Object> {
    private final Map<String, Object> view;

    FrozenMap(LinkedHashMap<String, Object> entries) {
        this.view = Collections.unmodifiableMap(entries);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return view.entrySet();
    }

    @Override
    public int size() {
        return view.size();
    }

    @Override
    public Object get(Object key) {
        return view.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return view.containsKey(key);
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super String, ? super Object> action) {
        view.forEach(action);
    }
}
