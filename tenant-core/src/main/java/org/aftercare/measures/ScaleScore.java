package org.aftercare.measures;

/** What one scale of a completed questionnaire came to, and the band it falls in. */
public record ScaleScore(Scale scale, int points, String band) {}
