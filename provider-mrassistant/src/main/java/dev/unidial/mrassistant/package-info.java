/**
 * MrAssistant: {@link dev.unidial.mrassistant.MrAssistantClient} creates campaigns from the
 * neutral model on {@code POST /campaigns} with a bearer token (given, or obtained and
 * refreshed from a username and password), and types MrAssistant's own call, token and
 * phone-number endpoints.
 */
package dev.unidial.mrassistant;
