package dev.unidial.kore;

/** The order a Kore.ai campaign takes its contacts in. */
public enum KoreDialingOrder {
    /** First in, first out (Kore's default). */
    FIFO,
    /** Last in, first out. */
    LIFO
}
