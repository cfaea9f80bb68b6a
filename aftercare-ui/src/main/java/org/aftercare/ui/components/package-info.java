/**
 * Widgets more than one feature's pages show — session times, the time-zone and client pickers, the
 * calendar subscription card, CSV downloads, errors at their fields, values to copy — so that no
 * page borrows them from another feature's page.
 */
package org.aftercare.ui.components;
