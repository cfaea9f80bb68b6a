/** The clinic admin's settings page. */
package org.aftercare.ui.settings;
