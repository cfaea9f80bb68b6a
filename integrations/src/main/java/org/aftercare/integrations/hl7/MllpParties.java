package org.aftercare.integrations.hl7;

/**
 * Who a message is from and for, as MSH-3 to MSH-6 name them: the values the receiving interface
 * engine routes on, agreed with the care team.
 */
public record MllpParties(
    String sendingApplication,
    String sendingFacility,
    String receivingApplication,
    String receivingFacility) {}
