/**
 * The Arquillian container the domain's integration tests run in: one Payara Micro started for the
 * whole test run, ready only once the test servlet answers over HTTP.
 */
package org.aftercare.testing.container;
