package dev.unidial.kore;

/** How a Kore.ai voice campaign dials, as its create page lists the modes. */
public enum KoreDialingMode {
    /** No agent: an experience flow (a bot or IVR) talks; needs {@code experienceFlowName}. */
    AGENTLESS("Agentless"),
    /** Dials as agents in a queue become free; needs {@code queueName}. */
    PROGRESSIVE("Progressive"),
    /** An agent in a queue previews each contact first; needs {@code queueName}. */
    PREVIEW("Preview");

    private final String wire;

    KoreDialingMode(String wire) {
        this.wire = wire;
    }

    /** @return the value Kore's API takes: {@code Agentless}, {@code Progressive} or {@code Preview} */
    public String wireValue() {
        return wire;
    }
}
