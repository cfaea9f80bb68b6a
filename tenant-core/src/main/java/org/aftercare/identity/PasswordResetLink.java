package org.aftercare.identity;

/**
 * A reset just started: whose account, the token for the link (never stored as such), and the
 * language the person chose to read (null if they have not chosen).
 */
public record PasswordResetLink(Account account, LinkToken token, String language) {}
