/** The clinic admin's first page: the clinic at a glance, each part linking to where it is run. */
package org.aftercare.ui.overview;
