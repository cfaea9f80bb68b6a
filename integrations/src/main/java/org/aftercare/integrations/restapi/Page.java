package org.aftercare.integrations.restapi;

import java.util.List;

/** A page of items and, when more follow, the cursor to the next page (absent on the last). */
public record Page<T>(List<T> items, String next) {}
