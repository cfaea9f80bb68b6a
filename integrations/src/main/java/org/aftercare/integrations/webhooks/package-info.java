/** Webhooks out: the clinic's events posted to its endpoints, signed as Standard Webhooks. */
package org.aftercare.integrations.webhooks;
