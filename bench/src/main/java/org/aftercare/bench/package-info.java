/**
 * Benchmarks run on demand from {@code bench/}, never by the build: each seeds an embedded
 * PostgreSQL, runs the application's own statements as the application role and prints figures.
 */
package org.aftercare.bench;
