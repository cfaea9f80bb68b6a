/**
 * Webhooks out: the endpoints a clinic subscribes to its events, and their delivery through an
 * outbox of their own (written in the transaction of the event, delivered later with retries and a
 * dead letter, as care-team summaries are), signed as Standard Webhooks describes.
 */
package org.aftercare.webhooks;
