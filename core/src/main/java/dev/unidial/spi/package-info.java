/**
 * What provider modules build on: the planning step every {@code create} shares
 * ({@link dev.unidial.spi.CampaignPlan}) and the base client that runs it
 * ({@link dev.unidial.spi.AbstractCampaignClient}). Applications do not need this package.
 */
package dev.unidial.spi;
