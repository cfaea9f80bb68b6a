/** Calendars: the clinic's week of sessions, and each person's secret feed URL and its servlet. */
package org.aftercare.ui.calendar;
