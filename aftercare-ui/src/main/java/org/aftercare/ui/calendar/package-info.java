/**
 * Calendars: the clinic's week of sessions and the servlet behind each person's secret feed URL.
 */
package org.aftercare.ui.calendar;
