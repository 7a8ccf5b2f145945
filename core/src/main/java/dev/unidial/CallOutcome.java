package dev.unidial;

/** What became of one call, in neutral terms; the vendor's own word stays beside it as the raw outcome. */
public enum CallOutcome {
    /** The person answered and the call ended normally. */
    COMPLETED,
    /** Nobody answered. */
    NO_ANSWER,
    /** The line was busy. */
    BUSY,
    /** An answering machine or voicemail took the call. */
    VOICEMAIL,
    /** The call could not be placed or broke off. */
    FAILED,
    /** Not called yet. */
    PENDING,
    /** Being called now. */
    IN_PROGRESS,
    /** An outcome this version of the SDK does not know; see the raw outcome. */
    UNKNOWN
}
