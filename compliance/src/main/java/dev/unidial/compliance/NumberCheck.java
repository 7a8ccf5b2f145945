package dev.unidial.compliance;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.unidial.CallingWindow;
import dev.unidial.Schedule;
import dev.unidial.Target;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Decides one target for one run of the gate: its number parsed and checked, the suppression
 * snapshot, its time zones and the hours they leave. Pure given its inputs, so that every
 * pass over a lazy audience decides each target alike (duplicates aside, which need the
 * targets before it).
 */
final class NumberCheck {
    /** The variable a target may name its own zone in. */
    static final String TIME_ZONE_VARIABLE = "timeZone";

    /** Old names libphonenumber's data (and people) still use, to the zone's current name. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("Asia/Calcutta", "Asia/Kolkata"), Map.entry("Asia/Katmandu", "Asia/Kathmandu"),
            Map.entry("Asia/Saigon", "Asia/Ho_Chi_Minh"), Map.entry("Asia/Rangoon", "Asia/Yangon"),
            Map.entry("Asia/Dacca", "Asia/Dhaka"), Map.entry("Asia/Thimbu", "Asia/Thimphu"),
            Map.entry("Europe/Kiev", "Europe/Kyiv"), Map.entry("America/Buenos_Aires", "America/Argentina/Buenos_Aires"),
            Map.entry("America/Indianapolis", "America/Indiana/Indianapolis"), Map.entry("US/Eastern", "America/New_York"),
            Map.entry("US/Central", "America/Chicago"), Map.entry("US/Mountain", "America/Denver"),
            Map.entry("US/Pacific", "America/Los_Angeles"), Map.entry("Atlantic/Faeroe", "Atlantic/Faroe"),
            Map.entry("Pacific/Truk", "Pacific/Chuuk"), Map.entry("Pacific/Ponape", "Pacific/Pohnpei"));

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final PhoneNumberToTimeZonesMapper ZONES = PhoneNumberToTimeZonesMapper.getInstance();

    private final CompliancePolicy policy;
    private final Predicate<String> suppressed;
    private final Schedule schedule;
    private final Instant at;
    /** The default region's calling code, 0 without one. */
    private final int callingCode;
    /** What depends only on a number's zones, worked out once per gate run. */
    private final Map<List<ZoneId>, ZoneHours> hoursByZones = new ConcurrentHashMap<>();

    /**
     * A check for one gate run.
     *
     * @param at the first instant calls may be made: the schedule's start, else now
     */
    NumberCheck(CompliancePolicy policy, Predicate<String> suppressed, Schedule schedule, Instant at) {
        this.policy = policy;
        this.suppressed = suppressed;
        this.schedule = schedule;
        this.at = at;
        this.callingCode = policy.defaultRegion().map(PHONES::getCountryCodeForRegion).orElse(0);
    }

    /** Digits with the usual separators, and a {@code +} only in front: nothing else that could hide a second value. */
    private static final Pattern ONE_NUMBER = Pattern.compile("\\+?[0-9 \\t().\\-/]*[0-9][0-9 \\t().\\-/]*");

    /**
     * Whether a do-not-call entry is written as one number alone: libphonenumber's parser is
     * forgiving and would read {@code +919876543210,Asha} or a trailing comment as a number.
     */
    static boolean looksLikeOneNumber(String entry) {
        return ONE_NUMBER.matcher(entry.strip()).matches();
    }

    /** The E.164 form of a number, when it parses and is valid. */
    static Optional<String> e164(String number, Optional<String> defaultRegion) {
        try {
            PhoneNumber n = PHONES.parse(number, defaultRegion.orElse("ZZ"));
            return PHONES.isValidNumber(n) ? Optional.of(PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** A zone's current name ({@code Asia/Calcutta} is {@code Asia/Kolkata}). */
    static ZoneId canonical(String id) {
        return ZoneId.of(ALIASES.getOrDefault(id, id));
    }

    Decision decide(Target t) {
        PhoneNumber number;
        try {
            number = PHONES.parse(t.phone(), policy.defaultRegion().orElse("ZZ"));
        } catch (NumberParseException e) {
            return Decision.out(ExclusionReason.INVALID_NUMBER, "'" + t.phone() + "' is not a phone number"
                    + (policy.defaultRegion().isEmpty() && !t.phone().startsWith("+") ? " (no + and no default region)" : "")
                    + ": " + e.getMessage());
        }
        if (!PHONES.isValidNumber(number)) {
            return Decision.out(ExclusionReason.INVALID_NUMBER, t.phone() + " is not a valid number of its country");
        }
        String e164 = PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        String region = PHONES.getRegionCodeForNumber(number);
        if (!policy.allowedRegions().isEmpty() && !policy.allowedRegions().contains(region)) {
            return Decision.out(ExclusionReason.OUTSIDE_REGIONS, e164 + " is in " + region + ", not in "
                    + policy.allowedRegions());
        }
        PhoneNumberType type = PHONES.getNumberType(number);
        if (policy.refusedNumberTypes().contains(type)) {
            return Decision.out(ExclusionReason.REFUSED_NUMBER_TYPE, e164 + " is a " + type + " number");
        }
        if (suppressed.test(e164)) {
            return Decision.out(ExclusionReason.SUPPRESSED, e164 + " is on the suppression list");
        }
        List<ZoneId> zones = new ArrayList<>();
        Object named = t.variables().get(TIME_ZONE_VARIABLE);
        if (named != null) {
            try {
                zones.add(canonical(named.toString()));
            } catch (DateTimeException e) {
                return Decision.out(ExclusionReason.INVALID_TIME_ZONE, "the target's timeZone '" + named + "' is not a time zone");
            }
        } else {
            TreeSet<String> ids = new TreeSet<>();
            for (String id : ZONES.getTimeZonesForNumber(number)) {
                if (!id.equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())) {
                    ids.add(canonical(id).getId());
                }
            }
            if (ids.isEmpty()) {
                return Decision.out(ExclusionReason.NO_TIME_ZONE, "no time zone is known for " + e164
                        + "; name one in the target's timeZone variable");
            }
            ids.forEach(id -> zones.add(ZoneId.of(id)));
        }
        ZoneHours hours = hoursByZones.computeIfAbsent(List.copyOf(zones), z -> new ZoneHours(
                HoursAcrossZones.windows(z, policy.localCallingHours(), schedule, at), HoursAcrossZones.narrowing(z, policy.localCallingHours(), at)));
        if (hours.windows().isEmpty()) {
            return Decision.out(ExclusionReason.NO_CALLING_HOURS, e164 + " is in " + zones
                    + ", whose local hours share no time the policy (and the campaign's windows) allow"
                    + (zones.size() > 1 ? " on every day through the next 12 months" : ""));
        }
        return Decision.in(withOwn(t, e164), new GroupKey(zones.get(0), hours.windows().get()), hours.narrowing());
    }

    /**
     * How many leading digits of a number as written to drop so that {@code +}, the default
     * region's calling code (none when it is written with a {@code +}) and the digits left are
     * its E.164 form, such as 1 for {@code 098765 43210} in India; -1 if no such rule makes it.
     */
    int droppedDigits(String written, String e164) {
        String prefix = prefix(written);
        if (prefix == null) {
            return -1;
        }
        String digits = digits(written);
        for (int k = 0; k <= 3 && k <= digits.length(); k++) {
            if (e164.length() == prefix.length() + digits.length() - k && e164.startsWith(prefix)
                    && e164.regionMatches(prefix.length(), digits, k, digits.length() - k)) {
                return k;
            }
        }
        return -1;
    }

    /** The target in E.164, as the gate's counting pass recorded how to write it, parsing only a number written otherwise. */
    Target inE164(Target t, int record) {
        return switch (GateRecords.form(record)) {
            case GateRecords.AS_WRITTEN -> t;
            case GateRecords.DIGITS -> withOwn(t, prefix(t.phone()) + digits(t.phone()).substring(GateRecords.dropped(record)));
            default -> {
                try {
                    yield withOwn(t, PHONES.format(PHONES.parse(t.phone(), policy.defaultRegion().orElse("ZZ")),
                            PhoneNumberUtil.PhoneNumberFormat.E164));
                } catch (NumberParseException e) {
                    throw new IllegalStateException("the audience's source gave a number the gate had read as valid, "
                            + "and it no longer parses: a lazy audience must give the same targets each time", e);
                }
            }
        };
    }

    /** {@code +}, with the default region's calling code when the number is written without one; null if there is none. */
    private String prefix(String written) {
        if (written.startsWith("+")) {
            return "+";
        }
        return callingCode == 0 ? null : "+" + callingCode;
    }

    private static String digits(String written) {
        StringBuilder b = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The target with its number in E.164 and everything else kept. */
    private static Target withOwn(Target t, String e164) {
        Target.Builder b = Target.builder(e164).variables(t.variables());
        t.agentId().ifPresent(b::agentId);
        t.callerId().ifPresent(b::callerId);
        return b.build();
    }

    /** The hours a set of zones leaves, with a note when clock changes narrowed them. */
    private record ZoneHours(Optional<List<CallingWindow>> windows, Optional<String> narrowing) {}

    /** The campaign a target goes to: a zone, and the windows in it. */
    record GroupKey(ZoneId zone, List<CallingWindow> windows) {}

    /** A target's fate: in a group (with its number normalised), or out with a reason. */
    record Decision(Target target, GroupKey group, ExclusionReason reason, String detail, Optional<String> narrowing) {
        static Decision in(Target target, GroupKey group, Optional<String> narrowing) {
            return new Decision(target, group, null, "", narrowing);
        }

        static Decision out(ExclusionReason reason, String detail) {
            return new Decision(null, null, reason, detail, Optional.empty());
        }

        boolean included() {
            return reason == null;
        }
    }
}
