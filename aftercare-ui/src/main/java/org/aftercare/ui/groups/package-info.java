/**
 * Recovery groups for staff: the list, the editor with its schedule, sessions and the week
 * calendar.
 */
package org.aftercare.ui.groups;
