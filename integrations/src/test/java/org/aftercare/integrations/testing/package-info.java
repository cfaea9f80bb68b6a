/** Test data for the integrations module's tests: summary messages built to order. */
package org.aftercare.integrations.testing;
