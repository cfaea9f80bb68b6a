/**
 * Test support for the integrations module: summary messages built to order, a self-signed
 * certificate, a clock the test moves on.
 */
package org.aftercare.integrations.testing;
