package org.aftercare.measures;

/** One answer a question offers, with the points it adds to the total. */
public record AnswerOption(int score, String label) {}
