package org.aftercare.measures;

/**
 * What answering a measure led to: the stored response and whether the answers called for a person
 * at once (a support alert was raised, and the client is shown the crisis contacts).
 */
public record MeasureOutcome(MeasureResponse response, boolean urgentSupportRaised) {}
