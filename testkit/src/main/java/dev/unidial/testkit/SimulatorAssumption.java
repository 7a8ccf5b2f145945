package dev.unidial.testkit;

import java.util.Objects;

/**
 * A behaviour of a simulator that no page of its vendor documents, and why the simulator
 * behaves so. {@link VendorSimulator#assumptions()} lists every one; the vendor's page in
 * {@code docs/vendors/} shows the same list, so a test that passes only because of one of
 * these can be traced to it.
 *
 * @param behaviour what the simulator does
 * @param why what the vendor's pages say or leave out that made this the choice
 */
public record SimulatorAssumption(String behaviour, String why) {
    /**
     * Checks both parts are given.
     *
     * @param behaviour what the simulator does
     * @param why what the vendor's pages say or leave out that made this the choice
     */
    public SimulatorAssumption {
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(why, "why");
    }
}
