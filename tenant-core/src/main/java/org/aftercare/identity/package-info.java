/**
 * Who may sign in: clinic accounts with their roles, platform operators, password hashing and the
 * Jakarta Security identity store that checks a clinic, e-mail and password.
 */
package org.aftercare.identity;
