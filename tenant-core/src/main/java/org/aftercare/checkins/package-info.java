/** The client's daily recovery check-in, days in recovery, and "I need support now". */
package org.aftercare.checkins;
