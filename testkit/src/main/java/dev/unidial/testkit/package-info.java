/**
 * Embedded simulators of the five vendors' campaign APIs, in the spirit of Stripe's
 * stripe-mock: each checks what its vendor checks, answers with the vendor's documented
 * shapes and error envelopes, records what it accepted, and can be told to fail. Start one
 * with {@link dev.unidial.testkit.VendorSimulator#callkaro()} and friends.
 */
package dev.unidial.testkit;
