/** Widgets for any feature's views: CSV downloads, errors shown at their fields, values to copy. */
package org.aftercare.ui.components;
