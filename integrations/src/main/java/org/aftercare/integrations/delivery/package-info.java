/** What the transports share about reporting an attempt's outcome. */
package org.aftercare.integrations.delivery;
