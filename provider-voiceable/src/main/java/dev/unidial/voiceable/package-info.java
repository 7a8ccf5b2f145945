/**
 * Voiceable: {@link dev.unidial.voiceable.VoiceableClient} creates campaigns from the neutral
 * model as a {@code multipart/form-data} upload whose recipients CSV is written while it
 * is sent, and types Voiceable's campaign and agent endpoints.
 */
package dev.unidial.voiceable;
