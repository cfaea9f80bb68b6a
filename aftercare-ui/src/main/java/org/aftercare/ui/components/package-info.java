/** Widgets more than one feature's views use: CSV downloads, errors shown at their fields. */
package org.aftercare.ui.components;
