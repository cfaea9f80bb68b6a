/**
 * Receivers for the video service's join and leave events: the receiving address names the clinic,
 * the provider's signature and timestamp are checked with the clinic's secret, and what passes
 * becomes a reported presence for the roster's suggestions.
 */
package org.aftercare.integrations.video;
