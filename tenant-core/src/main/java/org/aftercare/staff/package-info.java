/**
 * A clinic's staff: invitations by e-mail (single-use, expiring, stored as a hash), accepting one
 * by choosing a password, and the admin's changes to roles and accounts.
 */
package org.aftercare.staff;
