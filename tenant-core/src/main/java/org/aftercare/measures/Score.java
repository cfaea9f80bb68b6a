package org.aftercare.measures;

/** A completed questionnaire's total and the band it falls in. */
public record Score(int total, String band) {}
