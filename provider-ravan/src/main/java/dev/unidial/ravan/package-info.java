/**
 * Ravan (the Agni API): {@link dev.unidial.ravan.RavanClient} creates campaigns from the
 * neutral model on {@code POST /api/v1/campaigns/} and offers Ravan's own campaign,
 * contact and agent endpoints typed; {@link dev.unidial.ravan.RavanWebhookEvent} parses
 * the {@code call.completed} webhook.
 */
package dev.unidial.ravan;
