/**
 * Sign-in and access: the Jakarta Security form mechanism, the login view, route access checks from
 * the caller's roles, and the filter that binds each request to the signed-in user's clinic.
 */
package org.aftercare.ui.security;
