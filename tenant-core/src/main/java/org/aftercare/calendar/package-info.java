/**
 * Sessions in calendar apps: a person's secret feed URL, the public feed it serves and the RFC 5545
 * files written for it.
 */
package org.aftercare.calendar;
