/**
 * A compliance gate that runs before any vendor sees a campaign: numbers parsed and checked
 * with Google's libphonenumber, each recipient called only within a policy's local hours in
 * its own time zone (one campaign per zone), and do-not-call numbers suppressed. Presets are
 * a convenience, not legal advice.
 */
package dev.unidial.compliance;
