package dev.unidial.compliance;

/** Why the gate left a target out. */
public enum ExclusionReason {
    /** The number cannot be parsed, or is not a valid number of its country (length, unassigned range). */
    INVALID_NUMBER,
    /** The number is of a type the policy refuses, such as premium rate. */
    REFUSED_NUMBER_TYPE,
    /** The number is on the suppression (do-not-call) list. */
    SUPPRESSED,
    /** The number's country is not among the policy's allowed regions. */
    OUTSIDE_REGIONS,
    /** No time zone is known for the number, and the target names none. */
    NO_TIME_ZONE,
    /** The target's {@code timeZone} variable is not a time zone. */
    INVALID_TIME_ZONE,
    /** The same number, once normalised, came earlier in the audience. */
    DUPLICATE,
    /** The number's time zones (or the campaign's windows) leave no hour the policy allows. */
    NO_CALLING_HOURS
}
