package dev.unidial.kore;

import dev.unidial.internal.Violations;
import java.util.List;
import java.util.Optional;

/**
 * Kore's documented rules on its own wire types, for requests the mapper builds and for
 * requests built by hand through {@link KoreApi}: one place for each rule, so that both paths
 * keep it alike.
 */
final class KoreWireRules {


    private KoreWireRules() {}

    /** Kore's page rule for {@code view=contacts}: page from 1, limit 1–100. */
    static void validatePage(int page, int limit, Violations v) {
        v.requireRange("page", page, 1, Integer.MAX_VALUE);
        v.requireRange("limit", limit, 1, 100);
    }

    /** Kore's rules for a contact list: name 1–48, description at most 256 characters. */
    static void validateContactList(String name, Optional<String> description, Violations v) {
        v.requireText("name", name);
        v.requireLength("name", name, 1, 48);
        description.ifPresent(d -> v.requireLength("description", d, 0, 256));
    }

    /** Every contact's number is E.164. */
    static void validateContacts(List<KoreContact> contacts, Violations v) {
        for (int i = 0; i < contacts.size(); i++) {
            v.requireE164("contacts[" + i + "].phoneNumber", contacts.get(i).phoneNumber());
        }
    }
}
