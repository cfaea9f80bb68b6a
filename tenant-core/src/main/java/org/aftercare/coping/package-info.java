/**
 * Between sessions, on the client's phone: their own coping plan (which only they read), the HALT
 * check, guided breathing and urge surfing, and how often each tool was used — counts the client's
 * clinician and mentor see only if the client allows it.
 */
package org.aftercare.coping;
