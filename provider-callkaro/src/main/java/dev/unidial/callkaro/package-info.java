/**
 * CallKaro: {@link dev.unidial.callkaro.CallKaroClient} creates a campaign (a batch) and
 * then one call per target, concurrently but bounded, reporting each target's outcome and
 * resuming failed ones; CallKaro's own create and add-call endpoints are typed.
 */
package dev.unidial.callkaro;
