/**
 * Sign-in and access: the Jakarta Security form mechanism, the login view, route access checks from
 * the caller's roles, the filter that binds each request to the signed-in user's clinic, and the
 * account card and new-password fields of the pages that set a password.
 */
package org.aftercare.ui.security;
