package dev.unidial.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FrozenMapTest {
    @Property(tries = 500)
    void a_frozen_copy_reads_like_the_map_it_was_made_from(@ForAll("variables") LinkedHashMap<String, Object> source,
            @ForAll("names") String probe) {
        Map<String, Object> frozen = FrozenMap.copyOf(source);

        assertThat(frozen).isInstanceOf(FrozenMap.class).isEqualTo(source).hasSameHashCodeAs(source);
        assertThat(new ArrayList<>(frozen.keySet())).as("order kept").isEqualTo(new ArrayList<>(source.keySet()));
        List<String> visited = new ArrayList<>();
        frozen.forEach((k, v) -> visited.add(k + "=" + v));
        assertThat(visited).isEqualTo(source.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        for (String key : source.keySet()) {
            assertThat(frozen.get(key)).isEqualTo(source.get(key));
        }
        assertThat(frozen.get(probe)).isEqualTo(source.get(probe));
        assertThat(frozen.containsKey(probe)).isEqualTo(source.containsKey(probe));
        assertThat(frozen.toString()).isEqualTo(source.toString());
        assertThat(FrozenMap.copyOf(frozen)).as("not copied again").isSameAs(frozen);
    }

    @Property(tries = 100)
    void a_frozen_copy_cannot_be_changed(@ForAll("variables") LinkedHashMap<String, Object> source) {
        Map<String, Object> frozen = FrozenMap.copyOf(source);
        String first = source.keySet().iterator().next();

        assertThatThrownBy(() -> frozen.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.remove(first)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(frozen::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.entrySet().iterator().next().setValue("y"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> {
            var it = frozen.keySet().iterator();
            it.next();
            it.remove();
        }).isInstanceOf(UnsupportedOperationException.class);
        source.put(first, "changed afterwards");
        assertThat(frozen.get(first)).as("a copy, not a view").isNotEqualTo("changed afterwards");
    }

    @Test
    void a_map_holding_equal_keys_twice_gives_one_entry_in_the_first_place_with_the_last_value() {
        Map<String, Object> twice = new IdentityHashMap<>();
        twice.put(new String("name"), "first");
        twice.put(new String("name"), "second");
        twice.put("plan", "Gold");

        Map<String, Object> frozen = FrozenMap.copyOf(twice);

        assertThat(frozen).hasSize(2).containsKeys("name", "plan");
        assertThat(frozen.get("name")).isIn("first", "second");
    }

    @Test
    void entries_with_distinct_keys_are_taken_in_their_order_up_to_the_count_and_none_is_an_empty_map() {
        Map<String, Object> taken = FrozenMap.ofDistinct(entries(Map.entry("b", 1), Map.entry("a", "x")), 2);
        Map<String, Object> firstOnly = FrozenMap.ofDistinct(entries(Map.entry("b", 1), Map.entry("a", "x")), 1);

        assertThat(new ArrayList<>(taken.keySet())).containsExactly("b", "a");
        assertThat(FrozenMap.copyOf(taken)).isSameAs(taken);
        assertThat(firstOnly).containsExactly(Map.entry("b", 1));
        assertThat(FrozenMap.ofDistinct(FrozenMap.newEntries(2), 0)).isEmpty();
    }

    @SafeVarargs
    private static Map.Entry<String, Object>[] entries(Map.Entry<String, Object>... entries) {
        return entries;
    }

    @Provide
    Arbitrary<LinkedHashMap<String, Object>> variables() {
        // Up to 30 entries: lookups scan small maps and index larger ones.
        return Arbitraries.maps(names(), Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(5).map(s -> (Object) s),
                        Arbitraries.integers().map(i -> (Object) i)))
                .ofMinSize(1).ofMaxSize(30).map(LinkedHashMap::new);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'f').ofMinLength(1).ofMaxLength(3);
    }
}
