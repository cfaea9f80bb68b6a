/** The client's own portal: their groups, next sessions with the Join button, calendar. */
package org.aftercare.ui.portal;
