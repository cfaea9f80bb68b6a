/**
 * The clinic admin's EHRs that pull through the FHIR API: registered with their public keys and the
 * records they may read, disabled, enabled and removed; and the addresses to give their vendors.
 */
package org.aftercare.ui.apiclients;
