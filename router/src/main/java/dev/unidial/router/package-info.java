/**
 * One campaign over several vendors: {@link dev.unidial.router.CampaignRouter} splits its
 * targets by calling code, tries the vendors of each group in order, moves on only where the
 * vendor certainly did nothing, and skips a vendor whose circuit breaker is open.
 */
package dev.unidial.router;
