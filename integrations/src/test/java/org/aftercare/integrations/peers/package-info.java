/**
 * Real protocol peers on loopback for tests: a FHIR R4 server (HAPI plain server in Jetty) and an
 * HL7 v2 MLLP listener (HAPI v2 parser). Each can be told to fail in the ways care teams' systems
 * do. No CDI and no static state, so integration tests can start them in the test JVM for a server
 * under test in another process.
 */
package org.aftercare.integrations.peers;
