/**
 * Starts the portal from one command: an embedded PostgreSQL unless an external database is
 * configured, then Payara Micro with the portal, in one JVM. Packaged as {@code
 * aftercare-launcher.jar} beside {@code ROOT/} (the WAR unpacked) and {@code portal-lib/} (the
 * portal's libraries that Payara need not scan), never inside them, with {@code lib/} and Payara
 * Micro unpacked in {@code payara/} ({@link org.aftercare.launcher.PayaraRoot}).
 */
package org.aftercare.launcher;
