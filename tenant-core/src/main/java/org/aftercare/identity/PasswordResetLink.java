package org.aftercare.identity;

/** A reset just started: whose account, and the token for the link (never stored as such). */
public record PasswordResetLink(Account account, LinkToken token) {}
