/** The clinic admin's webhook endpoints and their recent deliveries. */
package org.aftercare.ui.webhooks;
