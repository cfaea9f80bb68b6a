/**
 * The language each person reads the portal in: the client's on their record, staff's on their
 * account.
 */
package org.aftercare.languages;
