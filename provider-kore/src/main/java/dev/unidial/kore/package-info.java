/**
 * Kore.ai Contact Center campaigns: {@link dev.unidial.kore.KoreClient} creates agentless
 * voice campaigns from the neutral model, signs its own JWT when given client
 * credentials, and types the campaign lifecycle and contact-list endpoints.
 */
package dev.unidial.kore;
