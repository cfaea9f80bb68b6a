/**
 * What every delivery to a system outside the platform shares, whether a care-team summary, a
 * webhook or a video service's secret: the addresses the portal may send to, secrets sealed at
 * rest, and how a failed attempt is classified and retried.
 */
package org.aftercare.outbound;
