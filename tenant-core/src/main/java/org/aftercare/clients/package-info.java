/**
 * The clinic's clients: people in aftercare. The display name is what other group members see;
 * legal name and contact details are for staff only.
 */
package org.aftercare.clients;
