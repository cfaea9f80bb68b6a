/**
 * The client's own portal: their groups, next sessions with the Join button, calendar; the next
 * milestone and the coping tools between sessions.
 */
package org.aftercare.ui.portal;
