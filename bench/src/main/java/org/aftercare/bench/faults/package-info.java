/**
 * The fault runs of {@code bench/faults}: the packaged portal killed, its receiver and its database
 * stopped, and SIGTERM, each under work, against an embedded PostgreSQL and an MLLP receiver on
 * loopback. Figures are printed; nothing fails a build.
 */
package org.aftercare.bench.faults;
