package dev.unidial;

/**
 * A part of the neutral {@link Campaign} that a vendor may or may not be able to express, or
 * an operation after create ({@link #isOperation()}) that a vendor may or may not document.
 * {@link Capabilities} lists those a vendor supports. Campaign features it lacks are refused
 * or dropped according to the client's {@link MappingPolicy}; operations it lacks throw
 * {@link UnsupportedFeatureException} before anything is sent.
 */
public enum Feature {
    /** Targets given inline with {@link Audience#targets(java.util.List)}. */
    INLINE_TARGETS("inline targets"),
    /** Variables on individual targets. */
    TARGET_VARIABLES("per-target variables"),
    /** An agent named on individual targets ({@link Target.Builder#agentId}). */
    PER_TARGET_AGENT("per-target agent"),
    /** A caller line named on individual targets ({@link Target.Builder#callerId}). */
    PER_TARGET_CALLER_ID("per-target caller line"),
    /** Ids of contacts that exist at the vendor. */
    CONTACT_IDS("contact ids"),
    /** Names of vendor contact lists. */
    CONTACT_LISTS("contact lists"),
    /** The agent id. */
    AGENT("agent id"),
    /** The caller number. */
    CALLER_NUMBER("caller number"),
    /** The vendor's id of the calling line. */
    CALLER_PHONE_NUMBER_ID("caller phone-number id"),
    /** A start date and time. */
    SCHEDULED_START("scheduled start"),
    /** A time zone for the schedule. */
    TIME_ZONE("time zone"),
    /** Hours in which calls may be placed. */
    CALLING_WINDOWS("calling windows"),
    /** Windows that apply to some days of the week only. */
    DAY_OF_WEEK_SELECTION("day-of-week selection"),
    /** Different hours on different days, or several windows. */
    PER_DAY_HOURS("different hours on different days"),
    /** A limit on simultaneous calls. */
    CONCURRENCY("concurrency limit"),
    /** Redialling people who did not answer. */
    RETRIES("retries"),
    /** The gap between redials. */
    RETRY_GAP("retry gap"),
    /** A progress webhook. */
    WEBHOOK("webhook"),
    /** Answering-machine detection. */
    MACHINE_DETECTION("machine detection"),
    /** Campaign priority. */
    PRIORITY("priority"),
    /** Maximum ring time. */
    RING_TIME("ring time"),
    /** A description. */
    DESCRIPTION("description"),
    /** Campaign-wide variables. */
    CAMPAIGN_VARIABLES("campaign variables"),

    /** {@link CampaignClient#get}: read a campaign's status and progress. */
    GET_CAMPAIGN("reading a campaign", true),
    /** {@link CampaignClient#list}: list the account's campaigns. */
    LIST_CAMPAIGNS("listing campaigns", true),
    /** {@link CampaignClient#start}: start a campaign that is not running. */
    START("starting a campaign", true),
    /** {@link CampaignClient#pause}: pause a running campaign. */
    PAUSE("pausing a campaign", true),
    /** {@link CampaignClient#resume}: resume a paused campaign. */
    RESUME("resuming a campaign", true),
    /** {@link CampaignClient#cancel}: end a campaign for good. */
    CANCEL("cancelling a campaign", true),
    /** {@link CampaignClient#delete}: delete a campaign. */
    DELETE("deleting a campaign", true),
    /** {@link CampaignClient#results}: read each call's outcome. */
    CALL_RESULTS("reading call results", true);

    private final String label;
    private final boolean operation;

    Feature(String label) {
        this(label, false);
    }

    Feature(String label, boolean operation) {
        this.label = label;
        this.operation = operation;
    }

    /**
     * {@return whether this is something a client can do after create (get, pause, results…)
     * rather than something a campaign can carry}
     */
    public boolean isOperation() {
        return operation;
    }

    /** {@return a short human-readable name, as used in messages and the capability matrix} */
    public String label() {
        return label;
    }
}
