/**
 * Other systems a clinic lets in: the EHRs that pull through the FHIR API, registered by the clinic
 * admin with their public keys and allowed scopes; the short-lived access tokens they are issued;
 * and the caller such a token makes of a request.
 */
package org.aftercare.apiclients;
