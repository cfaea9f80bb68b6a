/**
 * Outgoing e-mail through Jakarta Mail to the configured SMTP server; with none configured (the
 * embedded default) each message is written as an .eml file to a development mailbox folder.
 */
package org.aftercare.mail;
