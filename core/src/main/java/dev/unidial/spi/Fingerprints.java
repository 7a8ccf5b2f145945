package dev.unidial.spi;

import dev.unidial.Audience;
import dev.unidial.Campaign;
import dev.unidial.Target;
import dev.unidial.internal.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * What makes a campaign the same campaign under an idempotency key: the provider, the name,
 * the agent, and the targets' numbers in order (read once more from a lazy audience), hashed.
 */
final class Fingerprints {
    private Fingerprints() {}

    static String of(String provider, Campaign campaign, boolean withTargets) {
        MessageDigest d = Sha256.digest();
        update(d, provider);
        update(d, campaign.name());
        update(d, campaign.agentId().orElse(""));
        if (withTargets) {
            Audience audience = campaign.audience().orElse(null);
            if (audience != null && audience.kind() == Audience.Kind.TARGETS) {
                for (Target t : audience.targets()) {
                    update(d, t.phone());
                }
            } else if (audience != null) {
                update(d, audience.kind().name());
                (audience.kind() == Audience.Kind.CONTACT_IDS ? audience.contactIds() : audience.contactLists())
                        .forEach(id -> update(d, id));
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static void update(MessageDigest d, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update((byte) (b.length >>> 24));
        d.update((byte) (b.length >>> 16));
        d.update((byte) (b.length >>> 8));
        d.update((byte) b.length);
        d.update(b);
    }
}
