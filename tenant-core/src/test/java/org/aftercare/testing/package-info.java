/** Shared test support: the test database, the Arquillian deployment, and builders of test data. */
package org.aftercare.testing;
